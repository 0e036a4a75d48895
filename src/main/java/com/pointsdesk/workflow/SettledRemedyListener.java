package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Gateway_PayOut}: loads the remedy settled on the case's record (policy,
 * reviewer, approver) into the four variables the gateway's conditions read, in the transaction
 * that pays it. Whatever anyone wrote into those variables before is overwritten here.
 */
@Component
class SettledRemedyListener implements ExecutionListener {

  private final RemedyReview review;

  SettledRemedyListener(RemedyReview review) {
    this.review = review;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RemedyVariables.write(execution,
        review.settled(ProcessVariables.caseNumber(execution)).remedy());
  }
}
