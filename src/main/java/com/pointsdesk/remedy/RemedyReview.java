package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.evidence.CaseFindings;
import com.pointsdesk.evidence.Findings;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What RemedyPolicy.dmn suggested and what the support agent made of it: accept the suggestion,
 * adjust it within the operator's ceilings, or reject the complaint with a reason. Every decision
 * is recorded with who and when; the remedy to pay is derived from these records alone.
 */
@Service
public class RemedyReview {

  public enum ReviewDecision { ACCEPT, ADJUST, REJECT }

  /** The agent's decision and the remedy it proposes (nothing when rejected). */
  public record Outcome(ReviewDecision decision, RemedyProposal remedy) {}

  private final RemedyDecisions decisions;
  private final CaseProgress progress;
  private final CaseFindings findings;
  private final ReviewBriefing briefing;
  private final RemedyProperties ceilings;

  RemedyReview(RemedyDecisions decisions, CaseProgress progress, CaseFindings findings,
      ReviewBriefing briefing, RemedyProperties ceilings) {
    this.decisions = decisions;
    this.progress = progress;
    this.findings = findings;
    this.briefing = briefing;
    this.ceilings = ceilings;
  }

  /** Keeps the policy's outcome on record: a suggestion, or a remedy paid without a person. */
  public void recordPolicy(String caseNumber, RemedyProposal suggestion, String note,
      boolean straightThrough) {
    decisions.record(caseNumber, RemedyDecisions.Step.POLICY, "RemedyPolicy",
        straightThrough ? SettledRemedy.STRAIGHT_THROUGH : SettledRemedy.SUGGEST, suggestion,
        note);
  }

  /** A review task opens: the case is UNDER_REVIEW; returns what the review form shows. */
  public Map<String, Object> open(String caseNumber) {
    progress.moveTo(caseNumber, ComplaintStatus.UNDER_REVIEW, "Waiting for a support agent");
    return briefing.forReview(caseNumber);
  }

  /** Validates and records the reviewer's decision. */
  public Outcome decide(String caseNumber, String reviewer, String decision,
      RemedyProposal submitted, String reason) {
    FormInput.requireNamed(reviewer, "请先认领任务 / Claim the task before deciding it.");
    ReviewDecision choice = FormInput.choice(ReviewDecision.class, decision,
        "请选择接受、调整或驳回 / Choose accept, adjust or reject.");
    String why = FormInput.text(reason);
    RemedyProposal remedy = switch (choice) {
      case ACCEPT -> {
        RemedyProposal suggested = suggestion(caseNumber);
        if (suggested.isEmpty()) {
          throw new InvalidDecision("政策没有建议任何补救，请调整或驳回 / The policy suggests no "
              + "remedy: adjust it or reject the complaint.");
        }
        yield suggested;
      }
      case ADJUST -> {
        FormInput.requireReason(why, "调整补救方案须说明理由 / Say why you adjust the remedy.");
        yield withinCeilings(caseNumber, submitted);
      }
      case REJECT -> {
        FormInput.requireReason(why, "驳回投诉须说明理由，该理由将发给会员 / Give the reason for "
            + "the rejection; the member will read it.");
        yield RemedyProposal.NONE;
      }
    };
    decisions.record(caseNumber, RemedyDecisions.Step.REVIEW, reviewer, choice.name(), remedy, why);
    progress.responded(caseNumber); // the first human task completed stops the first-response clock
    progress.note(caseNumber, choice == ReviewDecision.REJECT ? "REVIEW_REJECTED"
        : "REMEDY_PROPOSED", reviewer + ": " + describe(remedy) + (why == null ? "" : " · " + why));
    return new Outcome(choice, remedy);
  }

  /** What RemedyPolicy.dmn suggested for the case (nothing if it was never evaluated). */
  public RemedyProposal suggestion(String caseNumber) {
    return decisions.latest(caseNumber, RemedyDecisions.Step.POLICY)
        .map(RemedyDecisions.Decision::remedy).orElse(RemedyProposal.NONE);
  }

  /** The remedy to pay now; refuses (an incident) when no decision on record settles one. */
  public SettledRemedy settled(String caseNumber) {
    return decisions.settled(caseNumber);
  }

  private RemedyProposal withinCeilings(String caseNumber, RemedyProposal r) {
    if (r.restorePoints() < 0 || r.restorePoints() > ceilings.maxRestorePoints()) {
      throw new InvalidDecision("恢复积分须在 0 到 " + ceilings.maxRestorePoints() + " 之间 / "
          + "Points to restore must be between 0 and " + ceilings.maxRestorePoints() + ".");
    }
    if (r.compensationPoints() < 0 || r.compensationPoints() > ceilings.maxCompensationPoints()) {
      throw new InvalidDecision("补偿积分须在 0 到 " + ceilings.maxCompensationPoints() + " 之间 / "
          + "Compensation must be between 0 and " + ceilings.maxCompensationPoints() + ".");
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
}
