package com.pointsdesk.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of {@code SubProcess_HandleComplaint}: the case is closed, so its SLA breaches are over;
 * their incidents are resolved (Cockpit's history keeps them), not left to vanish.
 */
@Component
class CaseClosedListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SlaIncidents.resolveOn(execution);
  }
}
