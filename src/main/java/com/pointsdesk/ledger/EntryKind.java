package com.pointsdesk.ledger;

/** Why points moved. Credits are positive, debits negative (enforced by the schema). */
public enum EntryKind {
  EARN, REDEEM, REFUND, EXPIRE, RESTORE, COMPENSATE, ADJUST
}
