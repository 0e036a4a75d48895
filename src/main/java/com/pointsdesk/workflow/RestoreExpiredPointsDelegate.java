package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RestoreExpiredPoints}: restores the member's points of the expiry batch, once (key
 * {@code <offerId>:RESTORE}).
 */
@Component
class RestoreExpiredPointsDelegate implements JavaDelegate {

  private final MemberRemedies remedies;

  RestoreExpiredPointsDelegate(MemberRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.restoreExpired((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
