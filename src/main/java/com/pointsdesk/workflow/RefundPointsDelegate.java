package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RefundPoints}: refunds the points of the orders never delivered, once (key {@code
 * <offerId>:REFUND}), and cancels them.
 */
@Component
class RefundPointsDelegate implements JavaDelegate {

  private final MemberRemedies remedies;

  RefundPointsDelegate(MemberRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.refund((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
