package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.ledger.EntryKind;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.OrderStatus;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 兑换失败积分被扣: a redemption whose order failed, debited and not (fully) refunded. */
@Component
class RedemptionFailedCheck implements EvidenceCheck {

  private final RedemptionOrders orders;
  private final PointsLedger ledger;

  RedemptionFailedCheck(RedemptionOrders orders, PointsLedger ledger) {
    this.orders = orders;
    this.ledger = ledger;
  }

  @Override
  public Category category() {
    return Category.REDEMPTION_FAILED;
  }

  @Override
  public Findings check(Complaint complaint) {
    List<RedemptionOrder> candidates = Orders.named(orders, complaint).orElseGet(() ->
        orders.ofMember(complaint.memberId()).stream()
            .filter(o -> CheckWindow.around(complaint).contains(o.orderedAt())).toList());
    if (candidates.isEmpty()) {
      return Findings.inconclusive("No redemption found in the 30 days before the complaint; "
          + "the order number or a recording of the redemption is needed.");
    }
    int unrefunded = 0;
    List<Long> entries = new ArrayList<>();
    List<String> failedOrders = new ArrayList<>();
    for (RedemptionOrder order : candidates) {
      if (order.status() != OrderStatus.FAILED) {
        continue;
      }
      List<LedgerEntry> booked = ledger.entriesReferencing(complaint.memberId(), order.id());
      int debited = -sum(booked, EntryKind.REDEEM);
      int returned = sum(booked, EntryKind.REFUND) + sum(booked, EntryKind.RESTORE);
      if (debited - returned > 0) {
        unrefunded += debited - returned;
        failedOrders.add(order.id());
        booked.forEach(e -> entries.add(e.id()));
      }
    }
    if (unrefunded == 0) {
      return Findings.notVerified("No failed redemption with an unrefunded debit: "
          + candidates.stream().map(o -> o.id() + " is " + o.status()).toList() + ".");
    }
    return Findings.verified(unrefunded, 0, "Redemption " + String.join(", ", failedOrders)
        + " FAILED; " + unrefunded + " points were debited and never refunded.", entries,
        failedOrders.get(0));
  }

  private static int sum(List<LedgerEntry> entries, EntryKind kind) {
    return entries.stream().filter(e -> e.kind() == kind).mapToInt(LedgerEntry::amount).sum();
  }
}
