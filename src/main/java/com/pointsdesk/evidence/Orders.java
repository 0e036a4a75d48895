package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import java.util.List;
import java.util.Optional;

/** The order a complaint names, when it names one (intake has checked it is the member's). */
final class Orders {

  private Orders() {}

  static Optional<List<RedemptionOrder>> named(RedemptionOrders orders, Complaint complaint) {
    if (complaint.orderId() == null) {
      return Optional.empty();
    }
    return Optional.of(orders.find(complaint.orderId())
        .filter(o -> o.memberId().equals(complaint.memberId())).stream().toList());
  }
}
