package com.pointsdesk.workflow;

import com.pointsdesk.remedy.Resolutions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyRejection}: closes the case as REJECTED with the reviewer's reason. */
@Component
class NotifyRejectionDelegate implements JavaDelegate {

  private final Resolutions resolutions;

  NotifyRejectionDelegate(Resolutions resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolutions.reject(ProcessVariables.caseNumber(execution));
  }
}
