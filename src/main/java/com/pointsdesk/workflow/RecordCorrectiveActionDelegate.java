package com.pointsdesk.workflow;

import com.pointsdesk.collective.CollectiveRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordCorrectiveAction}: records the corrective action the decision names (the stock
 * display fixed) on the collective case and its linked cases.
 */
@Component
class RecordCorrectiveActionDelegate implements JavaDelegate {

  private final CollectiveRemedies remedies;

  RecordCorrectiveActionDelegate(CollectiveRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.recordCorrectiveAction(ProcessVariables.caseNumber(execution));
  }
}
