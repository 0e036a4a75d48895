package com.pointsdesk.workflow;

import com.pointsdesk.evidence.EvidenceChecks;
import com.pointsdesk.evidence.Findings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckEvidence}: the category's automated check against the ledger. */
@Component
class CheckEvidenceDelegate implements JavaDelegate {

  private final EvidenceChecks checks;

  CheckEvidenceDelegate(EvidenceChecks checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Findings findings = checks.check(ProcessVariables.caseNumber(execution));
    execution.setVariable(ProcessVariables.VERDICT, findings.verdict().name());
    execution.setVariable(ProcessVariables.POINTS_AT_STAKE, findings.pointsAtStake());
    execution.setVariable(ProcessVariables.DELAY_DAYS, findings.delayDays());
  }
}
