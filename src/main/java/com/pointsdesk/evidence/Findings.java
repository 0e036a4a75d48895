package com.pointsdesk.evidence;

import java.util.List;

/**
 * The outcome of one automated check: the verdict, the points at stake (what the ledger shows was
 * lost), how many days a promise is overdue, a sentence for the agent, the ledger entries behind
 * it and the order concerned, if any.
 */
public record Findings(Verdict verdict, int pointsAtStake, int delayDays, String summary,
    List<Long> entryIds, String orderId) {

  public Findings {
    entryIds = List.copyOf(entryIds);
  }

  static Findings verified(int points, int delayDays, String summary, List<Long> entries,
      String orderId) {
    return new Findings(Verdict.VERIFIED, points, delayDays, summary, entries, orderId);
  }

  static Findings notVerified(String summary) {
    return new Findings(Verdict.NOT_VERIFIED, 0, 0, summary, List.of(), null);
  }

  static Findings inconclusive(String summary) {
    return new Findings(Verdict.INCONCLUSIVE, 0, 0, summary, List.of(), null);
  }
}
