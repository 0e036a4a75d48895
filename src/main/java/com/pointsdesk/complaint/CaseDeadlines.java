package com.pointsdesk.complaint;

import com.pointsdesk.notification.SupervisorAlerts;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceLevels.Breach;
import com.pointsdesk.sla.SlaBreaches;
import com.pointsdesk.system.BusinessTime;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;

/**
 * What happens when a case's SLA timers fire (ComplaintHandling's boundary timers): breaches are
 * recorded with a readable message and reported to the supervisors, an overdue case goes to the
 * senior agents, the escalation threshold starts the external path once.
 */
@Service
public class CaseDeadlines {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Complaints complaints;
  private final CaseTimeline timeline;
  private final SlaBreaches breaches;
  private final SupervisorAlerts alerts;
  private final Clock clock;

  CaseDeadlines(Complaints complaints, CaseTimeline timeline, SlaBreaches breaches,
      SupervisorAlerts alerts, Clock clock) {
    this.complaints = complaints;
    this.timeline = timeline;
    this.breaches = breaches;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** Whether a person (or a final decision) has answered the member yet. */
  public boolean firstResponseGiven(String caseNumber) {
    return complaint(caseNumber).firstRespondedAt() != null;
  }

  /**
   * Records that {@code kind} was missed and tells the supervisors; returns the message for the
   * incident, e.g. "PD-2026-000123: first response due 2026-12-02 10:00 (UTC+8) missed, 0 min
   * overdue when detected".
   */
  public String breached(String caseNumber, Breach kind, OffsetDateTime dueAt) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Duration late = Duration.between(dueAt, now);
    String message = caseNumber + ": " + describe(kind) + " due " + format(dueAt) + " missed, "
        + (late.isNegative() // an operator moved the timer ahead of the record's deadline
            ? "its timer fired early at " + format(now) : minutes(late) + " overdue when detected");
    if (breaches.record(caseNumber, kind, dueAt, now)) { // else a retried timer job
      timeline.record(caseNumber, "SLA_BREACHED", message);
      alerts.slaBreached(caseNumber, kind.name(), message);
    }
    return message;
  }

  public OffsetDateTime dueAt(String caseNumber, Breach kind) {
    ServiceLevels.DueDates due = complaint(caseNumber).dueDates();
    return switch (kind) {
      case FIRST_RESPONSE -> due.firstResponseDueAt();
      case RESOLUTION -> due.resolutionDueAt();
      case ESCALATION -> due.escalationDueAt();
      case EXTERNAL_ANSWER -> throw new IllegalArgumentException("not a case deadline");
    };
  }

  /** The resolution target passed: the case is HIGH priority and goes to the senior agents. */
  public void handOverToSeniors(String caseNumber) {
    complaints.routeToSeniors(caseNumber);
    timeline.record(caseNumber, "HANDED_TO_SENIORS",
        "Resolution target missed: priority HIGH, senior agents take over");
  }

  /**
   * The escalation threshold passed with the case still open: it becomes an external escalation
   * unless it is one already. True when this call started it.
   */
  public boolean escalateAtThreshold(String caseNumber) {
    boolean started = complaints.escalateExternally(caseNumber);
    if (started) {
      timeline.record(caseNumber, "ESCALATED_EXTERNALLY",
          "Unresolved at the escalation threshold: escalated before the member has to go to 12315");
    }
    return started;
  }

  private Complaint complaint(String caseNumber) {
    return complaints.find(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No complaint " + caseNumber));
  }

  private static String describe(Breach kind) {
    return switch (kind) {
      case FIRST_RESPONSE -> "first response (首次响应)";
      case RESOLUTION -> "resolution (解决时限)";
      case ESCALATION -> "escalation threshold (升级时限)";
      case EXTERNAL_ANSWER -> "answer to the regulator (外部答复)";
    };
  }

  private static String format(OffsetDateTime at) {
    return at.atZoneSameInstant(BusinessTime.ZONE).format(WHEN) + " (UTC+8)";
  }

  private static String minutes(Duration late) {
    long minutes = Math.max(0, late.toMinutes());
    return minutes < 120 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
  }
}
