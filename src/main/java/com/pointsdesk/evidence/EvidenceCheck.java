package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;

/** The automated check of one complaint category against the points ledger. */
interface EvidenceCheck {

  Category category();

  Findings check(Complaint complaint);
}
