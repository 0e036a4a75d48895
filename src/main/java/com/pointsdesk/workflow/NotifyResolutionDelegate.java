package com.pointsdesk.workflow;

import com.pointsdesk.remedy.Resolutions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyResolution}: closes the case as RESOLVED and tells the member what they got. */
@Component
class NotifyResolutionDelegate implements JavaDelegate {

  private final Resolutions resolutions;

  NotifyResolutionDelegate(Resolutions resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolutions.resolve(ProcessVariables.caseNumber(execution));
  }
}
