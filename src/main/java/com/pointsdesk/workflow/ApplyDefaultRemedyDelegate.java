package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberOffers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyDefaultRemedy}: no answer by the deadline: the offer records the default, a
 * refund.
 */
@Component
class ApplyDefaultRemedyDelegate implements JavaDelegate {

  private final MemberOffers offers;

  ApplyDefaultRemedyDelegate(MemberOffers offers) {
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    offers.lapse((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
