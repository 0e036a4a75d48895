package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Gateway_StraightThrough}: keeps what RemedyPolicy.dmn decided a moment ago, in
 * the same transaction, on the case's record: the suggestion for the agent, or the remedy that is
 * paid without a person. The pay-out later pays that record, not these variables.
 */
@Component
class RemedyPolicyListener implements ExecutionListener {

  private final RemedyReview review;

  RemedyPolicyListener(RemedyReview review) {
    this.review = review;
  }

  @Override
  public void notify(DelegateExecution execution) {
    review.recordPolicy(ProcessVariables.caseNumber(execution), RemedyVariables.read(execution),
        (String) execution.getVariable(ProcessVariables.REMEDY_NOTE),
        ProcessVariables.isTrue(execution, ProcessVariables.STRAIGHT_THROUGH));
  }
}
