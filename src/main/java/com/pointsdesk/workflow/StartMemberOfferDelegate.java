package com.pointsdesk.workflow;

import com.pointsdesk.collective.CollectiveProcess;
import com.pointsdesk.collective.MemberOffers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartMemberOffers}, one instance per affected member: starts that member's
 * MemberOffer (business key {@code <collective number>/<member id>}, found by the loop counter).
 */
@Component
class StartMemberOfferDelegate implements JavaDelegate {

  private final MemberOffers offers;
  private final CollectiveProcess process;

  StartMemberOfferDelegate(MemberOffers offers, CollectiveProcess process) {
    this.offers = offers;
    this.process = process;
  }

  @Override
  public void execute(DelegateExecution execution) {
    process.startMemberOffer(offers.businessKeyAt(ProcessVariables.caseNumber(execution),
        (Integer) execution.getVariable("loopCounter")));
  }
}
