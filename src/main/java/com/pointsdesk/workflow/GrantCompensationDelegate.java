package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_GrantCompensation}: books compensation once (key {@code <caseNumber>:COMPENSATE}). */
@Component
class GrantCompensationDelegate implements JavaDelegate {

  private final RemedyPayments payments;

  GrantCompensationDelegate(RemedyPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payments.grantCompensation(ProcessVariables.caseNumber(execution),
        ProcessVariables.intValue(execution, ProcessVariables.COMPENSATION_POINTS));
  }
}
