package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OfferAlternativeGift}: the member may choose an alternative gift, because the
 * settled remedy says so (a rule or stock change) or because the gift to reissue is out of stock.
 */
@Component
class OfferAlternativeGiftDelegate implements JavaDelegate {

  private final RemedyPayments payments;

  OfferAlternativeGiftDelegate(RemedyPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payments.offerAlternative(ProcessVariables.caseNumber(execution));
  }
}
