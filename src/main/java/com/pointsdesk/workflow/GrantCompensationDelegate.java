package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GrantCompensation}: books the settled compensation once (key
 * {@code <caseNumber>:COMPENSATE}); the amount comes from the decisions on record.
 */
@Component
class GrantCompensationDelegate implements JavaDelegate {

  private final RemedyPayments payments;

  GrantCompensationDelegate(RemedyPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payments.grantCompensation(ProcessVariables.caseNumber(execution));
  }
}
