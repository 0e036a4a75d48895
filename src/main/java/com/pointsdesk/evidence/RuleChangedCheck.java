package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.Gift;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.ledger.RuleChange;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 活动规则单方面变更: a price or rule change that took effect with less notice than the programme
 * promises, and that touched this member (they held an order for the gift, or the change took it
 * out of their reach: they had saved the old price but not the new one); or a gift of theirs that
 * is listed although it has been out of stock.
 */
@Component
class RuleChangedCheck implements EvidenceCheck {

  private static final Duration LOOK_BACK = Duration.ofDays(90);

  private final Catalogue catalogue;
  private final RedemptionOrders orders;
  private final PointsLedger ledger;
  private final Clock clock;
  private final Duration promisedNotice;

  RuleChangedCheck(Catalogue catalogue, RedemptionOrders orders, PointsLedger ledger, Clock clock,
      EvidenceProperties properties) {
    this.catalogue = catalogue;
    this.orders = orders;
    this.ledger = ledger;
    this.clock = clock;
    this.promisedNotice = Duration.ofDays(properties.ruleChangeNoticeDays());
  }

  @Override
  public Category category() {
    return Category.RULE_CHANGED;
  }

  @Override
  public Findings check(Complaint complaint) {
    List<RedemptionOrder> memberOrders = orders.ofMember(complaint.memberId());
    for (RuleChange change : catalogue.ruleChangesEffectiveBetween(
        complaint.occurredOrReceivedAt().minus(LOOK_BACK), complaint.receivedAt().plusSeconds(1))) {
      if (change.noticeGiven().compareTo(promisedNotice) >= 0) {
        continue;
      }
      long balanceBefore = ledger.entries(complaint.memberId()).stream()
          .filter(e -> e.at().isBefore(change.effectiveAt())).mapToLong(LedgerEntry::amount).sum();
      boolean heldOrder = memberOrders.stream().anyMatch(o -> o.giftId().equals(change.giftId()));
      boolean pricedOut = change.oldPointsPrice() != null
          && balanceBefore >= change.oldPointsPrice()
          && (change.newPointsPrice() == null || balanceBefore < change.newPointsPrice());
      if (heldOrder || pricedOut) {
        int priceRise = change.newPointsPrice() == null || change.oldPointsPrice() == null ? 0
            : Math.max(0, change.newPointsPrice() - change.oldPointsPrice());
        return Findings.verified(priceRise, 0, change.code() + " (" + change.title() + ") took "
            + "effect on " + change.effectiveAt().toLocalDate() + " after only "
            + change.noticeGiven().toHours() + " hours' notice (" + promisedNotice.toDays()
            + " days promised); the member had " + balanceBefore + " points saved"
            + (change.oldPointsPrice() == null ? "." : " for the " + change.oldPointsPrice()
            + "-point price."), List.of(), null);
      }
    }
    Optional<Findings> stockFinding = outOfStockButListed(memberOrders, complaint);
    return stockFinding.orElseGet(() -> Findings.notVerified(
        "No rule or stock change without due notice affected this member."));
  }

  private Optional<Findings> outOfStockButListed(List<RedemptionOrder> memberOrders,
      Complaint complaint) {
    for (RedemptionOrder order : memberOrders) {
      Optional<Gift> gift = catalogue.gift(order.giftId());
      if (order.unshipped() && gift.isPresent() && gift.get().listedWithoutStock()) {
        int waitingDays = (int) ChronoUnit.DAYS.between(order.orderedAt().toLocalDate(),
            LocalDate.now(clock));
        List<Long> entries = ledger.entriesReferencing(complaint.memberId(), order.id())
            .stream().map(LedgerEntry::id).toList();
        return Optional.of(Findings.verified(order.points(), waitingDays, gift.get().id()
            + " is listed although out of stock; order " + order.id() + " has waited "
            + waitingDays + " days.", entries, order.id()));
      }
    }
    return Optional.empty();
  }
}
