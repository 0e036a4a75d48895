package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.notification.MemberNotifier;
import org.springframework.stereotype.Service;

/** Closing a case with its decision, and telling the member. */
@Service
public class Resolutions {

  private final CaseProgress progress;
  private final CaseRemedies remedies;
  private final RemedyDecisions decisions;
  private final MemberNotifier notifier;

  Resolutions(CaseProgress progress, CaseRemedies remedies, RemedyDecisions decisions,
      MemberNotifier notifier) {
    this.progress = progress;
    this.remedies = remedies;
    this.decisions = decisions;
    this.notifier = notifier;
  }

  /** Closes the case as RESOLVED and tells the member what was actually paid out. */
  public void resolve(String caseNumber) {
    Complaint complaint = progress.complaint(caseNumber);
    CaseRemedies.Applied applied = remedies.of(caseNumber);
    notifier.resolved(complaint.asMemberCase(), applied.restoredPoints(),
        applied.compensationPoints(), applied.reissueOrderId().orElse(null),
        applied.alternativeOffered());
    progress.close(caseNumber, ComplaintStatus.RESOLVED, "Restored " + applied.restoredPoints()
        + ", compensation " + applied.compensationPoints() + ", reissue "
        + applied.reissueOrderId().orElse("none") + ", alternative "
        + applied.alternativeOffered());
  }

  public void reject(String caseNumber) {
    String reason = decisions.latest(caseNumber, RemedyDecisions.Step.REVIEW)
        .map(RemedyDecisions.Decision::reason)
        .orElse("The points ledger does not show the problem described.");
    notifier.rejected(progress.complaint(caseNumber).asMemberCase(), reason);
    progress.close(caseNumber, ComplaintStatus.REJECTED, reason);
  }
}
