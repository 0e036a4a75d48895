package com.pointsdesk.workflow;

import com.pointsdesk.remedy.GiftOutOfStock;
import com.pointsdesk.remedy.RemedyPayments;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReissueGift}: a free replacement order, once (key {@code <caseNumber>:REISSUE}).
 * No stock is a business outcome, not a technical failure: {@code Error_GiftOutOfStock}.
 */
@Component
class ReissueGiftDelegate implements JavaDelegate {

  private final RemedyPayments payments;

  ReissueGiftDelegate(RemedyPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      payments.reissueGift(ProcessVariables.caseNumber(execution));
    } catch (GiftOutOfStock e) {
      throw new BpmnError(ProcessIds.ERROR_GIFT_OUT_OF_STOCK, e.getMessage());
    }
  }
}
