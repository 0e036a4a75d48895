package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import java.util.Set;

/** The automated check of one complaint category against the points ledger. */
interface EvidenceCheck {

  Category category();

  Findings check(Complaint complaint);

  /**
   * The evidence files the check cannot decide without. A case waiting for evidence is woken
   * when all of them are there; empty (the default) when any file may settle it.
   */
  default Set<EvidenceKind> requiredEvidence() {
    return Set.of();
  }
}
