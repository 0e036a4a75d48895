package com.pointsdesk.collective;

import com.pointsdesk.complaint.CaseOpened;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.EntryKind;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.ledger.RuleChange;
import com.pointsdesk.system.BusinessTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds what a new case is about, from the ledger: the gift of the member's unfulfilled
 * redemption (the order the complaint names, else their oldest unfulfilled physical order), the
 * latest rule change before the complaint, or the day of the latest expiry of their points.
 * Other categories (and cases whose subject cannot be found) have none and are never grouped.
 */
@Component
class CaseSubjects {

  /** How far back a rule change or an expiry is still what a complaint is about. */
  private static final Duration LOOK_BACK = Duration.ofDays(90);

  private final RedemptionOrders orders;
  private final Catalogue catalogue;
  private final PointsLedger ledger;

  CaseSubjects(RedemptionOrders orders, Catalogue catalogue, PointsLedger ledger) {
    this.orders = orders;
    this.catalogue = catalogue;
    this.ledger = ledger;
  }

  Optional<Subject> of(CaseOpened opened) {
    return switch (opened.category()) {
      case DELIVERY_DELAYED -> undeliveredGift(opened);
      case RULE_CHANGED -> ruleChange(opened);
      case EXPIRED_WITHOUT_NOTICE -> expiryBatch(opened);
      default -> Optional.empty();
    };
  }

  private Optional<Subject> undeliveredGift(CaseOpened opened) {
    Optional<RedemptionOrder> order = orders.unfulfilledOfMember(opened.memberId()).stream()
        .filter(RedemptionOrder::physicalGift)
        .filter(o -> opened.orderId() == null || o.id().equals(opened.orderId()))
        .findFirst();
    return order.map(o -> new Subject(SubjectKind.GIFT, o.giftId()));
  }

  private Optional<Subject> ruleChange(CaseOpened opened) {
    return catalogue.ruleChangesEffectiveBetween(opened.occurredOrReceivedAt().minus(LOOK_BACK),
            opened.receivedAt().plusSeconds(1)).stream()
        .max(Comparator.comparing(RuleChange::effectiveAt))
        .map(change -> new Subject(SubjectKind.RULE_CHANGE, change.code()));
  }

  private Optional<Subject> expiryBatch(CaseOpened opened) {
    return ledger.entriesBetween(opened.memberId(),
            opened.occurredOrReceivedAt().minus(LOOK_BACK), opened.receivedAt().plusSeconds(1))
        .stream().filter(e -> e.kind() == EntryKind.EXPIRE)
        .max(Comparator.comparing(LedgerEntry::at))
        .map(e -> new Subject(SubjectKind.EXPIRY_BATCH,
            e.at().atZoneSameInstant(BusinessTime.ZONE).toLocalDate().toString()));
  }
}
