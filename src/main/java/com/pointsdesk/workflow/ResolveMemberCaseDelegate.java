package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ResolveMemberCase}: the member is told what they got and their own case is resolved
 * with it, which ends its ComplaintHandling.
 */
@Component
class ResolveMemberCaseDelegate implements JavaDelegate {

  private final MemberRemedies remedies;

  ResolveMemberCaseDelegate(MemberRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.resolveMemberCase((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
