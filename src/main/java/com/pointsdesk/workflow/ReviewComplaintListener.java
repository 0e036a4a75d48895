package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.REMEDY_PROPOSED_BY;
import static com.pointsdesk.workflow.ProcessVariables.REVIEW_DECISION;
import static com.pointsdesk.workflow.ProcessVariables.REVIEW_REASON;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.remedy.InvalidDecision;
import com.pointsdesk.remedy.RemedyProposal;
import com.pointsdesk.remedy.RemedyReview;
import com.pointsdesk.remedy.ReviewBriefing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewComplaint}. On create: the case is UNDER_REVIEW and the form gets its
 * briefing texts. On complete: the agent's accept / adjust / reject is validated and recorded;
 * the free-text reason goes to the domain tables, not into the process.
 */
@Component
class ReviewComplaintListener implements TaskListener {

  private final RemedyReview review;
  private final ReviewBriefing briefing;
  private final CaseProgress progress;
  private final CurrentUser currentUser;

  ReviewComplaintListener(RemedyReview review, ReviewBriefing briefing,
      CaseProgress progress, CurrentUser currentUser) {
    this.review = review;
    this.briefing = briefing;
    this.progress = progress;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = ProcessVariables.caseNumber(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      progress.moveTo(caseNumber, ComplaintStatus.UNDER_REVIEW, "Waiting for a support agent");
      task.setVariablesLocal(briefing.forReview(caseNumber));
      task.setVariablesLocal(ProcessVariables.taskCard(task));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String reviewer = currentUser.of(task);
      if (reviewer == null) {
        throw new InvalidDecision("请先认领任务 / Claim the task before deciding it.");
      }
      RemedyProposal remedy = review.review(caseNumber, reviewer,
          (String) task.getVariable(REVIEW_DECISION), RemedyVariables.read(task),
          (String) task.getVariable(REVIEW_REASON));
      RemedyVariables.write(task.getExecution(), remedy);
      task.getExecution().setVariable(REMEDY_PROPOSED_BY, reviewer);
      task.getExecution().removeVariable(REVIEW_REASON);
    }
  }
}
