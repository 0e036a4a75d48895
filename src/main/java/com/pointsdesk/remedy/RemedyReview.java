package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.evidence.CaseFindings;
import com.pointsdesk.evidence.Findings;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The human part of a remedy: the agent accepts, adjusts or rejects what the policy suggested;
 * a senior agent approves what exceeds the limits, and never their own proposal (four eyes).
 */
@Service
public class RemedyReview {

  public enum ReviewDecision { ACCEPT, ADJUST, REJECT }

  public enum ApprovalDecision { APPROVE, SEND_BACK }

  private final RemedyDecisions decisions;
  private final CaseProgress progress;
  private final CaseFindings findings;
  private final RemedyProperties limits;

  RemedyReview(RemedyDecisions decisions, CaseProgress progress, CaseFindings findings,
      RemedyProperties limits) {
    this.decisions = decisions;
    this.progress = progress;
    this.findings = findings;
    this.limits = limits;
  }

  public void recordPolicySuggestion(String caseNumber, RemedyProposal suggestion, String note) {
    decisions.record(caseNumber, RemedyDecisions.Step.POLICY, "RemedyPolicy", "SUGGEST",
        suggestion, note);
  }

  /** Validates and records the reviewer's decision; returns the remedy to go ahead with. */
  public RemedyProposal review(String caseNumber, String reviewer, String decision,
      RemedyProposal submitted, String reason) {
    RemedyProposal suggested = suggestion(caseNumber);
    ReviewDecision choice = parse(ReviewDecision.class, decision,
        "请选择接受、调整或驳回 / Choose accept, adjust or reject.");
    String why = clean(reason);
    RemedyProposal remedy = switch (choice) {
      case ACCEPT -> {
        if (suggested.isEmpty()) {
          throw new InvalidDecision("政策没有建议任何补救，请调整或驳回 / The policy suggests no "
              + "remedy: adjust it or reject the complaint.");
        }
        yield suggested;
      }
      case ADJUST -> {
        requireReason(why, "调整补救方案须说明理由 / Say why you adjust the remedy.");
        yield withinLimits(caseNumber, submitted);
      }
      case REJECT -> {
        requireReason(why, "驳回投诉须说明理由，该理由将发给会员 / Give the reason for the "
            + "rejection; the member will read it.");
        yield RemedyProposal.NONE;
      }
    };
    decisions.record(caseNumber, RemedyDecisions.Step.REVIEW, reviewer, choice.name(), remedy, why);
    progress.note(caseNumber, choice == ReviewDecision.REJECT ? "REVIEW_REJECTED"
        : "REMEDY_PROPOSED", reviewer + ": " + describe(remedy) + (why == null ? "" : " · " + why));
    return remedy;
  }

  /** What RemedyPolicy.dmn suggested for the case (nothing if it was never evaluated). */
  public RemedyProposal suggestion(String caseNumber) {
    return decisions.latest(caseNumber, RemedyDecisions.Step.POLICY)
        .map(RemedyDecisions.Decision::remedy).orElse(RemedyProposal.NONE);
  }

  /** Four eyes: the agent who proposed a remedy may not approve it. */
  public void checkMayApprove(String approver, String proposer) {
    if (approver == null || approver.isBlank()) {
      throw new InvalidDecision("审批须由具名的高级客服完成 / An approval needs a named senior agent.");
    }
    if (approver.equals(proposer)) {
      throw new InvalidDecision("四眼原则：不能审批自己提出的补救方案 / Four eyes: you cannot "
          + "approve the remedy you proposed yourself.");
    }
  }

  public ApprovalDecision approve(String caseNumber, String approver, String proposer,
      String decision, RemedyProposal remedy, String comment) {
    checkMayApprove(approver, proposer);
    ApprovalDecision choice = parse(ApprovalDecision.class, decision,
        "请选择批准或退回 / Choose approve or send back.");
    String why = clean(comment);
    if (choice == ApprovalDecision.SEND_BACK) {
      requireReason(why, "退回须说明理由 / Say why you send the remedy back.");
    } else {
      checkUnchanged(caseNumber, remedy);
    }
    decisions.record(caseNumber, RemedyDecisions.Step.APPROVAL, approver, choice.name(), remedy,
        why);
    progress.note(caseNumber, choice == ApprovalDecision.APPROVE ? "REMEDY_APPROVED"
        : "REMEDY_SENT_BACK", approver + (why == null ? "" : ": " + why));
    return choice;
  }

  /** Four eyes again: what is approved is what was proposed, not a figure the approver typed. */
  private void checkUnchanged(String caseNumber, RemedyProposal remedy) {
    decisions.latest(caseNumber, RemedyDecisions.Step.REVIEW)
        .filter(proposed -> !proposed.remedy().equals(remedy))
        .ifPresent(proposed -> {
          throw new InvalidDecision("审批不能修改补救方案，如需修改请退回 / An approval cannot "
              + "change the proposed remedy: send it back instead.");
        });
  }

  private RemedyProposal withinLimits(String caseNumber, RemedyProposal r) {
    if (r.restorePoints() < 0 || r.restorePoints() > limits.maxRestorePoints()) {
      throw new InvalidDecision("恢复积分须在 0 到 " + limits.maxRestorePoints() + " 之间 / "
          + "Points to restore must be between 0 and " + limits.maxRestorePoints() + ".");
    }
    if (r.compensationPoints() < 0 || r.compensationPoints() > limits.maxCompensationPoints()) {
      throw new InvalidDecision("补偿积分须在 0 到 " + limits.maxCompensationPoints() + " 之间 / "
          + "Compensation must be between 0 and " + limits.maxCompensationPoints() + ".");
    }
    if (r.isEmpty()) {
      throw new InvalidDecision("调整后的方案没有任何补救，请改为驳回 / The adjusted remedy "
          + "gives nothing: reject the complaint instead.");
    }
    if (r.reissueGift() && !hasOrder(caseNumber)) {
      throw new InvalidDecision("此案件没有可补发的订单 / This case names no order to reissue.");
    }
    return r;
  }

  private boolean hasOrder(String caseNumber) {
    Complaint complaint = progress.complaint(caseNumber);
    return complaint.orderId() != null
        || findings.of(caseNumber).map(Findings::orderId).isPresent();
  }

  static String describe(RemedyProposal r) {
    return "restore " + r.restorePoints() + ", compensation " + r.compensationPoints()
        + (r.reissueGift() ? ", reissue gift" : "") + (r.offerAlternative() ? ", alternative gift" : "");
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : SensitiveText.clean(text.strip()).text();
  }

  private static void requireReason(String reason, String message) {
    if (reason == null || reason.length() < 2) {
      throw new InvalidDecision(message);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String message) {
    if (value == null) {
      throw new InvalidDecision(message);
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidDecision(message);
    }
  }
}
