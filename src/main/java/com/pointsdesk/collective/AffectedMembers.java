package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveCases.LinkedCase;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.ledger.RuleChange;
import com.pointsdesk.system.BusinessTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Everyone a collective remedy is for, complained or not, from the ledger: for a gift (or the
 * gift of a rule change) every member still owed it, with those orders and their points; for an
 * expiry batch every member whose points expired that day, with the points; then any member of
 * a linked case not among them (owed nothing the ledger shows).
 */
@Component
class AffectedMembers {

  private final CollectiveCases collectives;
  private final RedemptionOrders orders;
  private final Catalogue catalogue;
  private final PointsLedger ledger;

  AffectedMembers(CollectiveCases collectives, RedemptionOrders orders, Catalogue catalogue,
      PointsLedger ledger) {
    this.collectives = collectives;
    this.orders = orders;
    this.catalogue = catalogue;
    this.ledger = ledger;
  }

  List<Affected> of(CollectiveCases.CollectiveCase collective) {
    Map<String, Affected> affected = new LinkedHashMap<>();
    Subject subject = collective.subject();
    switch (subject.kind()) {
      case GIFT -> owedGift(subject.ref(), affected);
      case RULE_CHANGE -> catalogue.ruleChange(subject.ref()).map(RuleChange::giftId)
          .ifPresent(gift -> owedGift(gift, affected));
      case EXPIRY_BATCH -> {
        LocalDate day = LocalDate.parse(subject.ref());
        OffsetDateTime from = day.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
        ledger.expiredBetween(from, from.plusDays(1)).forEach((member, points) ->
            affected.put(member, new Affected(member, List.of(), points, null)));
      }
      default -> throw new IllegalStateException("No subject kind " + subject.kind());
    }
    for (LinkedCase linked : collectives.linkedTo(collective.id())) {
      affected.compute(linked.memberId(), (member, known) -> known == null
          ? new Affected(member, List.of(), 0, linked.caseNumber())
          : known.caseNumber() != null ? known : known.withCase(linked.caseNumber()));
    }
    return List.copyOf(affected.values());
  }

  private void owedGift(String giftId, Map<String, Affected> affected) {
    Map<String, List<RedemptionOrder>> byMember = new LinkedHashMap<>();
    for (RedemptionOrder order : orders.unfulfilledOfGift(giftId)) {
      byMember.computeIfAbsent(order.memberId(), m -> new ArrayList<>()).add(order);
    }
    byMember.forEach((member, owed) -> affected.put(member, new Affected(member,
        owed.stream().map(RedemptionOrder::id).toList(),
        owed.stream().mapToInt(RedemptionOrder::points).sum(), null)));
  }

  /**
   * A member the remedy is for: the orders it settles and the points they paid (or lost), and
   * their own linked case, if they complained.
   */
  record Affected(String memberId, List<String> orders, int pointsOwed, String caseNumber) {

    Affected withCase(String linkedCase) {
      return new Affected(memberId, orders, pointsOwed, linkedCase);
    }
  }
}
