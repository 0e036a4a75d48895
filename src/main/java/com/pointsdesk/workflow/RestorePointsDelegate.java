package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RestorePoints}: books the settled restore once (key {@code <caseNumber>:RESTORE});
 * the amount comes from the decisions on record, not from a variable.
 */
@Component
class RestorePointsDelegate implements JavaDelegate {

  private final RemedyPayments payments;

  RestorePointsDelegate(RemedyPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payments.restorePoints(ProcessVariables.caseNumber(execution));
  }
}
