package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TellMemberOutcome}: a member who did not complain is told what they got; the offer
 * is applied.
 */
@Component
class TellMemberOutcomeDelegate implements JavaDelegate {

  private final MemberRemedies remedies;

  TellMemberOutcomeDelegate(MemberRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.tellMember((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
