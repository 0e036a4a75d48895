package com.pointsdesk.workflow;

import com.pointsdesk.collective.CollectiveRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenOffers}: one offer per affected member, recorded in the domain tables; their
 * number is the size of the multi-instance that follows (each instance finds its offer by its
 * loop counter, so no list of ids is kept in the process).
 */
@Component
class OpenOffersDelegate implements JavaDelegate {

  private final CollectiveRemedies remedies;

  OpenOffersDelegate(CollectiveRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ProcessVariables.OFFER_COUNT,
        remedies.openOffers(ProcessVariables.caseNumber(execution)));
  }
}
