package com.pointsdesk.ledger;

import java.time.Duration;
import java.time.OffsetDateTime;

/** A change of programme rules or prices, with when it was announced and when it took effect. */
public record RuleChange(String code, String title, String giftId, Integer oldPointsPrice,
    Integer newPointsPrice, OffsetDateTime announcedAt, OffsetDateTime effectiveAt) {

  public Duration noticeGiven() {
    return Duration.between(announcedAt, effectiveAt);
  }
}
