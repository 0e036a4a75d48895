package com.pointsdesk.workflow;

import com.pointsdesk.collective.CollectiveProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * {@link CollectiveProcess} on Camunda: process CollectiveComplaint with business key = the
 * collective number, one MemberOffer per affected member with business key
 * {@code <collective number>/<member id>} (by which their answer is correlated), and the two
 * messages ComplaintHandling waits for.
 */
@Component
class CamundaCollectiveProcess implements CollectiveProcess {

  private final RuntimeService runtime;

  CamundaCollectiveProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void start(String collectiveNumber) {
    runtime.createProcessInstanceByKey(ProcessIds.COLLECTIVE_COMPLAINT)
        .businessKey(collectiveNumber).execute();
  }

  @Override
  public void startMemberOffer(String memberOfferKey) {
    runtime.createProcessInstanceByKey(ProcessIds.MEMBER_OFFER).businessKey(memberOfferKey)
        .execute();
  }

  @Override
  public boolean offerAnswered(String memberOfferKey) {
    return !runtime.createMessageCorrelation(ProcessIds.MSG_OFFER_ANSWERED)
        .processInstanceBusinessKey(memberOfferKey)
        .correlateAllWithResult().isEmpty();
  }

  @Override
  public void allRemediesApplied(String collectiveNumber) {
    runtime.createMessageCorrelation(ProcessIds.MSG_ALL_REMEDIES_APPLIED)
        .processInstanceBusinessKey(collectiveNumber).correlateAllWithResult();
  }

  @Override
  public void caseJoined(String caseNumber) {
    runtime.createMessageCorrelation(ProcessIds.MSG_CASE_JOINED_COLLECTIVE)
        .processInstanceBusinessKey(caseNumber).correlateAllWithResult();
  }

  @Override
  public void remedyApplied(String caseNumber) {
    runtime.createMessageCorrelation(ProcessIds.MSG_COLLECTIVE_REMEDY_APPLIED)
        .processInstanceBusinessKey(caseNumber).correlateAllWithResult();
  }
}
