package com.pointsdesk.evidence;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.notification.MemberNotifier;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/** Asking the member for missing evidence, reminding them once, closing when none comes. */
@Service
public class EvidenceRequests {

  private final CaseProgress progress;
  private final CaseFindings findings;
  private final MemberNotifier notifier;

  EvidenceRequests(CaseProgress progress, CaseFindings findings, MemberNotifier notifier) {
    this.progress = progress;
    this.findings = findings;
    this.notifier = notifier;
  }

  public void request(String caseNumber, OffsetDateTime deadline) {
    Complaint complaint = progress.complaint(caseNumber);
    notifier.requestEvidence(complaint.asMemberCase(), deadline);
    progress.moveTo(caseNumber, ComplaintStatus.AWAITING_EVIDENCE, findings.of(caseNumber)
        .map(Findings::summary).orElse("The ledger alone cannot verify the claim"));
    progress.pauseClock(caseNumber); // an automatic request is not a first response: it waits
  }

  public void remind(String caseNumber, OffsetDateTime deadline) {
    Complaint complaint = progress.complaint(caseNumber);
    if (complaint.status() != ComplaintStatus.AWAITING_EVIDENCE) {
      // the evidence arrived while the reminder was on its way: do not ask again
      return;
    }
    notifier.remindEvidence(complaint.asMemberCase(), deadline);
    progress.note(caseNumber, "EVIDENCE_REMINDER_SENT", "Evidence due by " + deadline);
  }

  public void closeWithoutEvidence(String caseNumber) {
    notifier.closedWithoutEvidence(progress.complaint(caseNumber).asMemberCase());
    progress.close(caseNumber, ComplaintStatus.CLOSED_NO_EVIDENCE,
        "No evidence arrived by the deadline; the member was told how to reopen it");
  }
}
