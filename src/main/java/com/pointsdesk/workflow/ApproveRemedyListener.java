package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.APPROVAL_COMMENT;
import static com.pointsdesk.workflow.ProcessVariables.APPROVAL_DECISION;
import static com.pointsdesk.workflow.ProcessVariables.APPROVAL_REASON;
import static com.pointsdesk.workflow.ProcessVariables.REMEDY_PROPOSED_BY;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.remedy.RemedyReview;
import com.pointsdesk.remedy.ReviewBriefing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApproveRemedy}, four eyes: the agent who proposed the remedy can neither claim
 * nor complete its approval. On create the case is AWAITING_APPROVAL and the form is briefed.
 */
@Component
class ApproveRemedyListener implements TaskListener {

  private final RemedyReview review;
  private final ReviewBriefing briefing;
  private final CaseProgress progress;
  private final CurrentUser currentUser;

  ApproveRemedyListener(RemedyReview review, ReviewBriefing briefing, CaseProgress progress,
      CurrentUser currentUser) {
    this.review = review;
    this.briefing = briefing;
    this.progress = progress;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = ProcessVariables.caseNumber(task);
    String proposer = (String) task.getVariable(REMEDY_PROPOSED_BY);
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        String why = (String) task.getVariable(APPROVAL_REASON);
        progress.moveTo(caseNumber, ComplaintStatus.AWAITING_APPROVAL,
            why == null ? "Remedy above the limits" : why);
        task.setVariablesLocal(briefing.forApproval(caseNumber, why));
        task.setVariablesLocal(ProcessVariables.taskCard(task));
      }
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          review.checkMayApprove(task.getAssignee(), proposer);
        }
      }
      case EVENTNAME_COMPLETE -> {
        review.approve(caseNumber, currentUser.of(task), proposer,
            (String) task.getVariable(APPROVAL_DECISION), RemedyVariables.read(task),
            (String) task.getVariable(APPROVAL_COMMENT));
        task.getExecution().removeVariable(APPROVAL_COMMENT);
      }
      default -> { }
    }
  }
}
