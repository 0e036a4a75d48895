package com.pointsdesk.workflow;

import com.pointsdesk.collective.CollectiveRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseCollectiveCase}: every member's remedy is applied; the collective case closes.
 */
@Component
class CloseCollectiveCaseDelegate implements JavaDelegate {

  private final CollectiveRemedies remedies;

  CloseCollectiveCaseDelegate(CollectiveRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.close(ProcessVariables.caseNumber(execution));
  }
}
