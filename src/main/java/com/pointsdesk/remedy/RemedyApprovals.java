package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.ComplaintStatus;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Four eyes on remedies above the limits: RemedyApproval.dmn says whether a senior agent must
 * approve; a senior agent who did not propose the remedy approves it as proposed or sends it
 * back. The proposer is read from the decisions on record, not from the process.
 */
@Service
public class RemedyApprovals {

  public enum ApprovalDecision { APPROVE, SEND_BACK }

  private final RemedyDecisions decisions;
  private final CaseProgress progress;
  private final ReviewBriefing briefing;

  RemedyApprovals(RemedyDecisions decisions, CaseProgress progress, ReviewBriefing briefing) {
    this.decisions = decisions;
    this.progress = progress;
    this.briefing = briefing;
  }

  /** Keeps RemedyApproval's answer for the proposal just made on record. */
  public void recordLimits(String caseNumber, boolean approvalRequired, String why) {
    RemedyProposal proposed = proposal(caseNumber).remedy();
    decisions.record(caseNumber, RemedyDecisions.Step.APPROVAL, "RemedyApproval",
        approvalRequired ? SettledRemedy.APPROVAL_REQUIRED : SettledRemedy.NO_APPROVAL_REQUIRED,
        proposed, approvalRequired ? why : null);
  }

  /** An approval task opens: the case is AWAITING_APPROVAL; returns what the form shows. */
  public Map<String, Object> open(String caseNumber) {
    String why = decisions.latest(caseNumber, RemedyDecisions.Step.APPROVAL)
        .map(RemedyDecisions.Decision::reason).orElse(null);
    progress.moveTo(caseNumber, ComplaintStatus.AWAITING_APPROVAL,
        why == null ? "Remedy above the limits" : why);
    return briefing.forApproval(caseNumber, why);
  }

  /** Four eyes: who proposed the remedy may neither claim nor decide its approval. */
  public void checkMayApprove(String caseNumber, String approver) {
    FormInput.requireNamed(approver,
        "审批须由具名的高级客服完成 / An approval needs a named senior agent.");
    if (approver.equals(proposal(caseNumber).decidedBy())) {
      throw new InvalidDecision("四眼原则：不能审批自己提出的补救方案 / Four eyes: you cannot "
          + "approve the remedy you proposed yourself.");
    }
  }

  /** Records the approval of the proposal as it stands, or its return with a reason. */
  public ApprovalDecision decide(String caseNumber, String approver, String decision,
      String comment) {
    checkMayApprove(caseNumber, approver);
    ApprovalDecision choice = FormInput.choice(ApprovalDecision.class, decision,
        "请选择批准或退回 / Choose approve or send back.");
    String why = FormInput.text(comment);
    if (choice == ApprovalDecision.SEND_BACK) {
      FormInput.requireReason(why, "退回须说明理由 / Say why you send the remedy back.");
    }
    decisions.record(caseNumber, RemedyDecisions.Step.APPROVAL, approver, choice.name(),
        proposal(caseNumber).remedy(), why);
    progress.note(caseNumber, choice == ApprovalDecision.APPROVE ? "REMEDY_APPROVED"
        : "REMEDY_SENT_BACK", approver + (why == null ? "" : ": " + why));
    return choice;
  }

  private RemedyDecisions.Decision proposal(String caseNumber) {
    return decisions.latest(caseNumber, RemedyDecisions.Step.REVIEW)
        .filter(d -> !RemedyReview.ReviewDecision.REJECT.name().equals(d.decision()))
        .orElseThrow(() -> new IllegalStateException("No remedy proposed for " + caseNumber));
  }
}
