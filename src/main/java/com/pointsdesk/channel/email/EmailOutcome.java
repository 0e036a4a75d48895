package com.pointsdesk.channel.email;

/**
 * What became of one mail: the case it opened or joined (null when none), and why a mail that
 * did not reach a case was turned away ({@code reason}, null otherwise).
 */
public record EmailOutcome(Kind kind, String caseNumber, String reason) {

  public enum Kind {
    /** A new case. */
    OPENED,
    /** The same complaint as an open case: merged into it. */
    MERGED,
    /** A reply to our mail, or a complaint without a category joining the member's open case. */
    ADDED_TO_CASE,
    /** No case: the sender was told why (or, for automatic mail, only the log says). */
    REJECTED,
    /** Taken in before (another node, an earlier poll): nothing done. */
    ALREADY_PROCESSED
  }
}
