package com.pointsdesk.evidence;

/** What the ledger says about a claim. */
public enum Verdict {
  /** The ledger shows the problem the member describes. */
  VERIFIED,
  /** The ledger contradicts the claim, or shows nothing wrong. */
  NOT_VERIFIED,
  /** The ledger cannot tell without more evidence from the member. */
  INCONCLUSIVE
}
