package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.REVIEW_DECISION;
import static com.pointsdesk.workflow.ProcessVariables.REVIEW_OUTCOME;
import static com.pointsdesk.workflow.ProcessVariables.REVIEW_REASON;

import com.pointsdesk.remedy.RemedyReview;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewComplaint}. On create the review opens (case UNDER_REVIEW, form briefed). On
 * complete the agent's accept / adjust / reject is validated and recorded; the outcome and the
 * proposed remedy become the inputs of the gateway and of RemedyApproval.dmn, and the free-text
 * reason lives on in the domain tables only.
 */
@Component
class ReviewComplaintListener implements TaskListener {

  private final RemedyReview review;
  private final CurrentUser currentUser;

  ReviewComplaintListener(RemedyReview review, CurrentUser currentUser) {
    this.review = review;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = ProcessVariables.caseNumber(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(review.open(caseNumber));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      RemedyReview.Outcome outcome = review.decide(caseNumber, currentUser.of(task),
          (String) task.getVariable(REVIEW_DECISION), RemedyVariables.read(task),
          (String) task.getVariable(REVIEW_REASON));
      task.getExecution().setVariable(REVIEW_OUTCOME, outcome.decision().name());
      RemedyVariables.write(task.getExecution(), outcome.remedy());
      task.getExecution().removeVariable(REVIEW_REASON);
    }
  }
}
