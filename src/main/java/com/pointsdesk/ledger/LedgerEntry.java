package com.pointsdesk.ledger;

import java.time.OffsetDateTime;

/** One append-only row of the points ledger. */
public record LedgerEntry(long id, String memberId, OffsetDateTime at, int amount, EntryKind kind,
    String reference, String idempotencyKey, String description) {

  public boolean isDebit() {
    return amount < 0;
  }
}
