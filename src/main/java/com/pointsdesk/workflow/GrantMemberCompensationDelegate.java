package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GrantMemberCompensation}: the decision's compensation points, once (key {@code
 * <offerId>:COMPENSATE}).
 */
@Component
class GrantMemberCompensationDelegate implements JavaDelegate {

  private final MemberRemedies remedies;

  GrantMemberCompensationDelegate(MemberRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.compensate((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
