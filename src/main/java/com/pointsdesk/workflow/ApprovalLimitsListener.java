package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyApprovals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Gateway_ApprovalRequired}: keeps RemedyApproval.dmn's answer for the agent's
 * proposal on the case's record, so a proposal above the limits can only be paid once a second
 * person has approved it, whatever the process variables say.
 */
@Component
class ApprovalLimitsListener implements ExecutionListener {

  private final RemedyApprovals approvals;

  ApprovalLimitsListener(RemedyApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    approvals.recordLimits(ProcessVariables.caseNumber(execution),
        ProcessVariables.isTrue(execution, ProcessVariables.APPROVAL_REQUIRED),
        (String) execution.getVariable(ProcessVariables.APPROVAL_REASON));
  }
}
