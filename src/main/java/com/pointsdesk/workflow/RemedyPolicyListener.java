package com.pointsdesk.workflow;

import com.pointsdesk.remedy.RemedyReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Gateway_StraightThrough}: keeps what RemedyPolicy.dmn suggested in the case's
 * remedy history, so the review form and an auditor can see it later.
 */
@Component
class RemedyPolicyListener implements ExecutionListener {

  private final RemedyReview review;

  RemedyPolicyListener(RemedyReview review) {
    this.review = review;
  }

  @Override
  public void notify(DelegateExecution execution) {
    review.recordPolicySuggestion(ProcessVariables.caseNumber(execution),
        RemedyVariables.read(execution),
        (String) execution.getVariable(ProcessVariables.REMEDY_NOTE));
  }
}
