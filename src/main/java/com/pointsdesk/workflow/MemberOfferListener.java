package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.ANSWER_BY;
import static com.pointsdesk.workflow.ProcessVariables.MEMBER_CHOOSES;
import static com.pointsdesk.workflow.ProcessVariables.OFFER_ID;

import com.pointsdesk.collective.MemberOffers;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of MemberOffer's {@code Gateway_MemberChooses}: the member's offer (found by the
 * business key, collective number/member id), whether the member chooses and the deadline.
 */
@Component
class MemberOfferListener implements ExecutionListener {

  private final MemberOffers offers;

  MemberOfferListener(MemberOffers offers) {
    this.offers = offers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String offerId = offers.idOf(execution.getProcessBusinessKey());
    MemberOffers.Facts facts = offers.facts(offerId);
    execution.setVariable(OFFER_ID, offerId);
    execution.setVariable(MEMBER_CHOOSES, facts.memberChooses());
    if (facts.answerBy() != null) {
      execution.setVariable(ANSWER_BY, Date.from(facts.answerBy().toInstant()));
    }
  }
}
