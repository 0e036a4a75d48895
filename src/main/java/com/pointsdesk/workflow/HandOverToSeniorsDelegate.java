package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseDeadlines;
import com.pointsdesk.sla.ServiceLevels.Breach;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandOverToSeniors}: the resolution target passed. Recorded with an incident and a
 * mail to the supervisors; the case goes HIGH and its open task to {@code senior-agents}.
 */
@Component
class HandOverToSeniorsDelegate implements JavaDelegate {

  private final CaseDeadlines deadlines;
  private final SlaIncidents incidents;
  private final CaseClocks clocks;

  HandOverToSeniorsDelegate(CaseDeadlines deadlines, SlaIncidents incidents, CaseClocks clocks) {
    this.deadlines = deadlines;
    this.incidents = incidents;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ProcessVariables.caseNumber(execution);
    String message = deadlines.breached(caseNumber, Breach.RESOLUTION,
        deadlines.dueAt(caseNumber, Breach.RESOLUTION));
    deadlines.handOverToSeniors(caseNumber);
    clocks.handToSeniors(execution.getProcessInstanceId());
    incidents.raise(execution, ProcessIds.SUBPROCESS_HANDLE_COMPLAINT,
        Breach.RESOLUTION.name(), message);
  }
}
