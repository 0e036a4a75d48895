package com.pointsdesk.escalation;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.remedy.InvalidDecision;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.system.InsertOnce;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A case's one external escalation (ExternalEscalation.bpmn): why it started, when the answer to
 * the regulator or platform is due (the referral's respondBy, else 10 working days), and the
 * answer a supervisor gave.
 */
@Service
public class ExternalEscalations {

  static final int ANSWER_WORKING_DAYS = 10;

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;
  private final CaseProgress progress;
  private final ServiceLevels serviceLevels;
  private final EscalationProcess process;
  private final Clock clock;

  ExternalEscalations(JdbcClient jdbc, InsertOnce insertOnce, CaseProgress progress,
      ServiceLevels serviceLevels, EscalationProcess process, Clock clock) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
    this.progress = progress;
    this.serviceLevels = serviceLevels;
    this.process = process;
    this.clock = clock;
  }

  /** Opens the case's escalation (once; a retried step finds it) and returns its answer plan. */
  public Plan open(String caseNumber) {
    Complaint c = progress.complaint(caseNumber);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Referrals.Referral> referral = Referrals.latest(jdbc, caseNumber);
    String reason = referral.isPresent() ? "REFERRAL" : c.publicPost() ? "PUBLIC_POST"
        : arrivedExternally(caseNumber) ? "EXTERNAL_CHANNEL" : "THRESHOLD";
    OffsetDateTime planned = referral.map(Referrals.Referral::respondBy)
        .orElseGet(() -> serviceLevels.plusWorkingDays(now, ANSWER_WORKING_DAYS));
    boolean opened = insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_external_escalation (case_number, reason, opened_at, answer_due_at)
            VALUES (?, ?, ?, ?)""" + onConflict)
        .params(caseNumber, reason, now, planned).update());
    if (opened) {
      progress.note(caseNumber, "EXTERNAL_ESCALATION_OPENED", reason + ": the answer to "
          + referral.map(r -> r.platform() + " " + r.externalRef()).orElse("the regulator")
          + " is due " + planned);
    }
    // a retried step finds the escalation on record, whose deadline stands
    OffsetDateTime answerDue = opened ? planned : answerDueAt(caseNumber);
    return new Plan(answerDue, serviceLevels.earlyWarning(now, answerDue),
        briefing(c, reason, referral));
  }

  /** What the supervisor's answer form shows about the escalation on record. */
  public String briefing(String caseNumber) {
    String reason = jdbc.sql("SELECT reason FROM pd_external_escalation WHERE case_number = ?")
        .param(caseNumber).query(String.class).single();
    return briefing(progress.complaint(caseNumber), reason, Referrals.latest(jdbc, caseNumber));
  }

  /** A supervisor's answer to the regulator or platform, recorded with who and when. */
  public void answer(String caseNumber, String supervisor, String answer) {
    if (supervisor == null || supervisor.isBlank()) {
      throw new InvalidDecision("请先认领任务 / Claim the task before answering.");
    }
    if (answer == null || answer.isBlank() || answer.length() > 2000) {
      throw new InvalidDecision("请填写给监管部门的答复（最多2000字）/ Write the answer to the "
          + "regulator (at most 2000 characters).");
    }
    jdbc.sql("""
            UPDATE pd_external_escalation SET answered_at = ?, answered_by = ?, answer = ?
            WHERE case_number = ? AND answered_at IS NULL""")
        .params(OffsetDateTime.now(clock), supervisor, answer.strip(), caseNumber).update();
    progress.note(caseNumber, "EXTERNAL_ANSWER_GIVEN", supervisor + ": " + abbreviated(answer));
  }

  /**
   * A referral arrived for a case whose escalation runs already: a regulator that wants its
   * answer sooner than planned gets it by then (task and timer move); later deadlines change
   * nothing.
   */
  void referralArrived(String caseNumber, OffsetDateTime respondBy) {
    if (respondBy == null) {
      return;
    }
    int moved = jdbc.sql("""
            UPDATE pd_external_escalation SET answer_due_at = ?
            WHERE case_number = ? AND answered_at IS NULL AND answer_due_at > ?""")
        .params(respondBy, caseNumber, respondBy).update();
    if (moved == 1) {
      process.answerDueMoved(caseNumber, respondBy);
      progress.note(caseNumber, "EXTERNAL_ANSWER_DUE_MOVED", "A referral wants the answer by "
          + respondBy);
    }
  }

  public OffsetDateTime answerDueAt(String caseNumber) {
    return jdbc.sql("SELECT answer_due_at FROM pd_external_escalation WHERE case_number = ?")
        .param(caseNumber).query(OffsetDateTime.class).single();
  }

  private boolean arrivedExternally(String caseNumber) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM pd_complaint_channel WHERE case_number = ?
              AND channel IN ('REGULATOR_12315', 'MARKET_REGULATOR', 'THIRD_PARTY_PLATFORM')""")
        .param(caseNumber).query(Long.class).single() > 0;
  }

  private static String briefing(Complaint c, String reason,
      Optional<Referrals.Referral> referral) {
    return "案件 Case " + c.caseNumber() + " · " + c.category() + " · " + c.summary()
        + "\n\n升级原因 Reason: " + reason
        + referral.map(r -> "\n\n转办 Referral: " + r.platform() + " " + r.externalRef() + " · "
            + r.summary()).orElse("");
  }

  private static String abbreviated(String text) {
    String stripped = text.strip();
    return stripped.length() <= 900 ? stripped : stripped.substring(0, 900) + "…";
  }

  /** When the answer is due, its early warning, and what the answer form shows. */
  public record Plan(OffsetDateTime answerDueAt, OffsetDateTime followUpAt, String briefing) {}
}
