package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OfferAlternativeGift}: the gift cannot be sent again, offer a choice instead. */
@Component
class OfferAlternativeGiftDelegate implements JavaDelegate {

  private final RemedyPayments payments;

  OfferAlternativeGiftDelegate(RemedyPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payments.offerAlternative(ProcessVariables.caseNumber(execution),
        "The gift to reissue is out of stock; the member may choose an alternative");
    execution.setVariable(ProcessVariables.OFFER_ALTERNATIVE, true);
  }
}
