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
 * Start of a member's instance of {@code SubProcess_OfferEachMember}: its offer (by the loop
 * counter), whether the member chooses and the deadline, as variables local to the instance.
 */
@Component
class MemberOfferListener implements ExecutionListener {

  private final MemberOffers offers;

  MemberOfferListener(MemberOffers offers) {
    this.offers = offers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String offerId = offers.idAt(ProcessVariables.caseNumber(execution),
        (Integer) execution.getVariable("loopCounter"));
    MemberOffers.Facts facts = offers.facts(offerId);
    execution.setVariableLocal(OFFER_ID, offerId);
    execution.setVariableLocal(MEMBER_CHOOSES, facts.memberChooses());
    if (facts.answerBy() != null) {
      execution.setVariableLocal(ANSWER_BY, Date.from(facts.answerBy().toInstant()));
    }
  }
}
