package com.pointsdesk.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A redemption of points for a gift; {@code shipBy} is the promised dispatch date. */
public record RedemptionOrder(String id, String memberId, String giftId, boolean physicalGift,
    int points, OrderStatus status, OffsetDateTime orderedAt, LocalDate shipBy,
    OffsetDateTime shippedAt, OffsetDateTime deliveredAt, String reissueOf) {

  public boolean unshipped() {
    return status == OrderStatus.PENDING;
  }
}
