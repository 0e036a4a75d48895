package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.APPROVAL_COMMENT;
import static com.pointsdesk.workflow.ProcessVariables.APPROVAL_DECISION;
import static com.pointsdesk.workflow.ProcessVariables.APPROVAL_OUTCOME;

import com.pointsdesk.remedy.RemedyApprovals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApproveRemedy}, four eyes: the agent who proposed the remedy can neither claim nor
 * complete its approval. On create the case is AWAITING_APPROVAL and the form is briefed; on
 * complete the decision is recorded and becomes what Gateway_ApprovalOutcome reads.
 */
@Component
class ApproveRemedyListener implements TaskListener {

  private final RemedyApprovals approvals;
  private final CurrentUser currentUser;

  ApproveRemedyListener(RemedyApprovals approvals, CurrentUser currentUser) {
    this.approvals = approvals;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = ProcessVariables.caseNumber(task);
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> task.setVariablesLocal(approvals.open(caseNumber));
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          approvals.checkMayApprove(caseNumber, task.getAssignee());
        }
      }
      case EVENTNAME_COMPLETE -> {
        RemedyApprovals.ApprovalDecision decision = approvals.decide(caseNumber,
            currentUser.of(task), (String) task.getVariable(APPROVAL_DECISION),
            (String) task.getVariable(APPROVAL_COMMENT));
        task.getExecution().setVariable(APPROVAL_OUTCOME, decision.name());
        task.getExecution().removeVariable(APPROVAL_COMMENT);
      }
      default -> { }
    }
  }
}
