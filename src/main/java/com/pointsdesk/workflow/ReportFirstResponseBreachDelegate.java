package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseDeadlines;
import com.pointsdesk.sla.ServiceLevels.Breach;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReportFirstResponseBreach}: recorded, mailed to supervisors, an incident. */
@Component
class ReportFirstResponseBreachDelegate implements JavaDelegate {

  private final CaseDeadlines deadlines;
  private final SlaIncidents incidents;

  ReportFirstResponseBreachDelegate(CaseDeadlines deadlines, SlaIncidents incidents) {
    this.deadlines = deadlines;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ProcessVariables.caseNumber(execution);
    String message = deadlines.breached(caseNumber, Breach.FIRST_RESPONSE,
        deadlines.dueAt(caseNumber, Breach.FIRST_RESPONSE));
    incidents.raise(execution, ProcessIds.SUBPROCESS_HANDLE_COMPLAINT,
        Breach.FIRST_RESPONSE.name(), message);
  }
}
