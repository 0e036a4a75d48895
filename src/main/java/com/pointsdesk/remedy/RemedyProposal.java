package com.pointsdesk.remedy;

/** A remedy as suggested by the policy, proposed by an agent or approved by a senior agent. */
public record RemedyProposal(int restorePoints, int compensationPoints, boolean reissueGift,
    boolean offerAlternative) {

  public static final RemedyProposal NONE = new RemedyProposal(0, 0, false, false);

  public boolean isEmpty() {
    return restorePoints == 0 && compensationPoints == 0 && !reissueGift && !offerAlternative;
  }
}
