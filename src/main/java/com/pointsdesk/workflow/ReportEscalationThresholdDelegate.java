package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseDeadlines;
import com.pointsdesk.sla.ServiceLevels.Breach;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReportEscalationThreshold}: recorded with an incident and a mail to the
 * supervisors; the record says whether this made the case an external escalation, which
 * {@code Gateway_AlreadyEscalated} reads.
 */
@Component
class ReportEscalationThresholdDelegate implements JavaDelegate {

  private final CaseDeadlines deadlines;
  private final SlaIncidents incidents;

  ReportEscalationThresholdDelegate(CaseDeadlines deadlines, SlaIncidents incidents) {
    this.deadlines = deadlines;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ProcessVariables.caseNumber(execution);
    String message = deadlines.breached(caseNumber, Breach.ESCALATION,
        deadlines.dueAt(caseNumber, Breach.ESCALATION));
    incidents.raise(execution, ProcessIds.SUBPROCESS_HANDLE_COMPLAINT,
        Breach.ESCALATION.name(), message);
    boolean started = deadlines.escalateAtThreshold(caseNumber);
    execution.setVariableLocal(ProcessVariables.ESCALATION_STARTED, started);
    if (started) { // later policy decisions of the case see it as escalated
      execution.getProcessInstance().setVariable(ProcessVariables.EXTERNAL_ESCALATION, true);
      execution.getProcessInstance().setVariable(ProcessVariables.PRIORITY, "HIGH");
    }
  }
}
