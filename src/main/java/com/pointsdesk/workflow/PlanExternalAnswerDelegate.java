package com.pointsdesk.workflow;

import com.pointsdesk.escalation.ExternalEscalations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PlanExternalAnswer}: the escalation on record, its answer due and early warning. */
@Component
class PlanExternalAnswerDelegate implements JavaDelegate {

  static final String ANSWER_DUE_AT = "answerDueAt";
  static final String ANSWER_FOLLOW_UP_AT = "answerFollowUpAt";

  private final ExternalEscalations escalations;

  PlanExternalAnswerDelegate(ExternalEscalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExternalEscalations.Plan plan = escalations.open(ProcessVariables.caseNumber(execution));
    execution.setVariable(ANSWER_DUE_AT, CaseSla.date(plan.answerDueAt()));
    execution.setVariable(ANSWER_FOLLOW_UP_AT, CaseSla.date(plan.followUpAt()));
  }
}
