package com.pointsdesk.collective;

import org.springframework.stereotype.Service;

/** Whether an individual case is decided as part of a collective case, not on its own. */
@Service
public class CaseCollectives {

  private final CollectiveCases collectives;

  CaseCollectives(CollectiveCases collectives) {
    this.collectives = collectives;
  }

  /**
   * True when the case is linked to a collective case. Locks the case's row first: a link made
   * at the same moment either commits before (and is seen here) or waits for this transaction,
   * and then finds the case's process waiting where the link can reach it.
   */
  public boolean decidedCollectively(String caseNumber) {
    collectives.lockCase(caseNumber);
    return collectives.collectiveOf(caseNumber).isPresent();
  }
}
