package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Gateway_FirstResponseGiven}: whether the case's record shows a first response
 * (an agent's reply, the review completed, a final decision), for the gateway to decide on.
 */
@Component
class FirstResponseGivenListener implements ExecutionListener {

  private final CaseDeadlines deadlines;

  FirstResponseGivenListener(CaseDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(ProcessVariables.FIRST_RESPONSE_GIVEN,
        deadlines.firstResponseGiven(ProcessVariables.caseNumber(execution)));
  }
}
