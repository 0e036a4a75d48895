package com.pointsdesk.workflow;

import com.pointsdesk.collective.CaseCollectives;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${collectiveMembership.decided(execution)}}, the condition of ComplaintHandling's
 * {@code Gateway_DecidedCollectively}: is the case part of a collective case (domain tables)?
 */
@Component
public class CollectiveMembership {

  private final CaseCollectives collectives;

  CollectiveMembership(CaseCollectives collectives) {
    this.collectives = collectives;
  }

  public boolean decided(DelegateExecution execution) {
    return collectives.decidedCollectively(ProcessVariables.caseNumber(execution));
  }
}
