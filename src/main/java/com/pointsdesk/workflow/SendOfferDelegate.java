package com.pointsdesk.workflow;

import com.pointsdesk.collective.MemberOffers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendOffer}: mails the member their options and the deadline (once per offer). */
@Component
class SendOfferDelegate implements JavaDelegate {

  private final MemberOffers offers;

  SendOfferDelegate(MemberOffers offers) {
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    offers.send((String) execution.getVariable(ProcessVariables.OFFER_ID));
  }
}
