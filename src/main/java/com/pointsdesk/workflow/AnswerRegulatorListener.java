package com.pointsdesk.workflow;

import com.pointsdesk.escalation.ExternalEscalations;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerRegulator}. On create the form is briefed; on complete the supervisor's answer
 * is validated and recorded (who, when), and a late answer's incident is resolved.
 */
@Component
class AnswerRegulatorListener implements TaskListener {

  static final String BRIEFING = "briefingEscalation";
  static final String ANSWER = "regulatorAnswer";

  private final ExternalEscalations escalations;
  private final CurrentUser currentUser;

  AnswerRegulatorListener(ExternalEscalations escalations, CurrentUser currentUser) {
    this.escalations = escalations;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = ProcessVariables.caseNumber(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(BRIEFING, escalations.briefing(caseNumber));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      escalations.answer(caseNumber, currentUser.of(task), (String) task.getVariable(ANSWER));
      task.getExecution().removeVariable(ANSWER);
      SlaIncidents.resolveOn(task.getExecution().getProcessInstance());
    }
  }
}
