package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** 礼品发货严重延迟: a physical order past its promised ship-by date and still not shipped. */
@Component
class DeliveryDelayedCheck implements EvidenceCheck {

  private final RedemptionOrders orders;
  private final PointsLedger ledger;
  private final Clock clock;

  DeliveryDelayedCheck(RedemptionOrders orders, PointsLedger ledger, Clock clock) {
    this.orders = orders;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public Category category() {
    return Category.DELIVERY_DELAYED;
  }

  @Override
  public Findings check(Complaint complaint) {
    List<RedemptionOrder> physical = Orders.named(orders, complaint)
        .orElseGet(() -> orders.ofMember(complaint.memberId())).stream()
        .filter(RedemptionOrder::physicalGift).toList();
    if (physical.isEmpty()) {
      return Findings.inconclusive("No physical gift order found; the order number and a "
          + "screenshot of the successful redemption are needed.");
    }
    LocalDate today = LocalDate.now(clock);
    Optional<RedemptionOrder> mostOverdue = physical.stream()
        .filter(o -> o.unshipped() && o.shipBy() != null && o.shipBy().isBefore(today))
        .min(Comparator.comparing(RedemptionOrder::shipBy));
    if (mostOverdue.isEmpty()) {
      return Findings.notVerified("No overdue shipment: " + physical.stream()
          .map(o -> o.id() + " is " + o.status() + (o.shipBy() == null ? ""
              : " (ship by " + o.shipBy() + ")")).toList() + ".");
    }
    RedemptionOrder order = mostOverdue.get();
    int delayDays = (int) ChronoUnit.DAYS.between(order.shipBy(), today);
    List<Long> entries = ledger.entriesReferencing(complaint.memberId(), order.id()).stream()
        .map(LedgerEntry::id).toList();
    return Findings.verified(order.points(), delayDays, "Order " + order.id() + " ("
        + order.giftId() + ", " + order.points() + " points) was promised to ship by "
        + order.shipBy() + " and is still unshipped: " + delayDays + " days overdue.", entries,
        order.id());
  }
}
