package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.sla.ServiceLevels;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The case's service levels as ComplaintHandling's timers and tasks read them
 * ({@code ${caseSla.firstResponseDue(execution)}}): from the case's record, not from process
 * variables, so they cost the process no variable rows and follow the record when it moves.
 */
@Component("caseSla")
public class CaseSla {

  private final CaseProgress progress;
  private final ServiceLevels serviceLevels;

  CaseSla(CaseProgress progress, ServiceLevels serviceLevels) {
    this.progress = progress;
    this.serviceLevels = serviceLevels;
  }

  public Date firstResponseDue(DelegateExecution execution) {
    return date(of(execution).dueDates().firstResponseDueAt());
  }

  public Date resolutionDue(DelegateExecution execution) {
    return date(of(execution).dueDates().resolutionDueAt());
  }

  public Date escalationDue(DelegateExecution execution) {
    return date(of(execution).dueDates().escalationDueAt());
  }

  /** The review answers the member first: due with the first response until that is given. */
  public Date reviewDue(DelegateExecution execution) {
    return date(reviewDue(of(execution)));
  }

  public Date reviewFollowUp(DelegateExecution execution) {
    Complaint c = of(execution);
    return date(serviceLevels.earlyWarning(c.receivedAt(), reviewDue(c)));
  }

  public Date resolutionFollowUp(DelegateExecution execution) {
    Complaint c = of(execution);
    return date(serviceLevels.earlyWarning(c.receivedAt(), c.dueDates().resolutionDueAt()));
  }

  /** Who reviews the case: SlaPolicy's responder group, senior agents once handed over. */
  public String responderGroup(DelegateExecution execution) {
    return of(execution).routing().responderGroup();
  }

  static OffsetDateTime reviewDue(Complaint c) {
    return c.firstRespondedAt() == null ? c.dueDates().firstResponseDueAt()
        : c.dueDates().resolutionDueAt();
  }

  static Date date(OffsetDateTime at) {
    return Date.from(at.toInstant());
  }

  private Complaint of(DelegateExecution execution) {
    return progress.complaint(ProcessVariables.caseNumber(execution));
  }
}
