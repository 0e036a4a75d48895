package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OrderAlternativeGift}: the alternative the member chose, ordered once (key {@code
 * <offerId>:ALTERNATIVE}) in exchange for the orders never delivered.
 */
@Component
class OrderAlternativeGiftDelegate implements JavaDelegate {

  private final MemberRemedies remedies;

  OrderAlternativeGiftDelegate(MemberRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    remedies.orderAlternative((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
