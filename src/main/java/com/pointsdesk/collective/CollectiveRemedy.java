package com.pointsdesk.collective;

/** What a supervisor decides for everyone a collective case is about. */
enum CollectiveRemedy {
  /** Each member chooses an alternative gift in stock or a refund of their order's points. */
  ALTERNATIVE_OR_REFUND,
  /** Each member's order is cancelled and its points refunded. */
  REFUND,
  /** The points of one expiry batch are restored to everyone who lost them. */
  RESTORE_EXPIRED;

  boolean fits(SubjectKind subject) {
    return (this == RESTORE_EXPIRED) == (subject == SubjectKind.EXPIRY_BATCH);
  }
}
