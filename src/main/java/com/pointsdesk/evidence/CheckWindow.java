package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Complaint;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Where the checks look when the member names no order: the 30 days before the moment the
 * problem happened (or the complaint arrived) up to the receipt of the complaint.
 */
record CheckWindow(OffsetDateTime from, OffsetDateTime to) {

  static final Duration LOOK_BACK = Duration.ofDays(30);

  static CheckWindow around(Complaint complaint) {
    OffsetDateTime occurred = complaint.occurredOrReceivedAt();
    OffsetDateTime end = occurred.isAfter(complaint.receivedAt()) ? occurred
        : complaint.receivedAt();
    return new CheckWindow(occurred.minus(LOOK_BACK), end.plusSeconds(1));
  }

  boolean contains(OffsetDateTime at) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
