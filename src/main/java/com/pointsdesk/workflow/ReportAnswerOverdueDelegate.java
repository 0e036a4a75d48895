package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseDeadlines;
import com.pointsdesk.escalation.ExternalEscalations;
import com.pointsdesk.sla.ServiceLevels.Breach;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReportAnswerOverdue}: the regulator's deadline passed without an answer. */
@Component
class ReportAnswerOverdueDelegate implements JavaDelegate {

  private final CaseDeadlines deadlines;
  private final ExternalEscalations escalations;
  private final SlaIncidents incidents;

  ReportAnswerOverdueDelegate(CaseDeadlines deadlines, ExternalEscalations escalations,
      SlaIncidents incidents) {
    this.deadlines = deadlines;
    this.escalations = escalations;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ProcessVariables.caseNumber(execution);
    String message = deadlines.breached(caseNumber, Breach.EXTERNAL_ANSWER,
        escalations.answerDueAt(caseNumber));
    incidents.raise(execution, null, Breach.EXTERNAL_ANSWER.name(), message);
  }
}
