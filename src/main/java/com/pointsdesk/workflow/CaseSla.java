package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

  /*
   * The SLA timers' dates, as properties of the execution the engine is running
   * (${caseSla.firstResponseDue}): a property lookup costs a straight-through case a fraction of
   * a method call by reflection, and every case creates these timers.
   */

  public Date getFirstResponseDue() {
    return date(timerDates(running()).firstResponseDueAt());
  }

  public Date getResolutionDue() {
    return date(timerDates(running()).resolutionDueAt());
  }

  public Date getEscalationDue() {
    return date(timerDates(running()).escalationDueAt());
  }

  /** The resolution due date for the approval task ({@code caseSla.resolutionDue(execution)}). */
  public Date resolutionDue(DelegateExecution execution) {
    return date(of(execution).dueDates().resolutionDueAt());
  }

  private static DelegateExecution running() {
    return Context.getBpmnExecutionContext().getExecution();
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

  /**
   * The deadlines the SLA timers start with: the sub-process creates its timers one after the
   * other from the same record, so it is read once per transaction for all of them.
   */
  private DueDates timerDates(DelegateExecution execution) {
    String key = CaseSla.class.getName() + ":" + ProcessVariables.caseNumber(execution);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return of(execution).dueDates();
    }
    DueDates cached = (DueDates) TransactionSynchronizationManager.getResource(key);
    if (cached == null) {
      cached = of(execution).dueDates();
      TransactionSynchronizationManager.bindResource(key, cached);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return cached;
  }

  private Complaint of(DelegateExecution execution) {
    return progress.complaint(ProcessVariables.caseNumber(execution));
  }
}
