package com.pointsdesk.workflow;

import com.pointsdesk.collective.CollectiveProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * {@link CollectiveProcess} on Camunda: process CollectiveComplaint with business key = the
 * collective number, and the two messages ComplaintHandling waits for. A member's answer is
 * correlated by the offer id local to the receive task of their instance.
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
  public boolean offerAnswered(String collectiveNumber, String offerId) {
    return !runtime.createMessageCorrelation(ProcessIds.MSG_OFFER_ANSWERED)
        .processInstanceBusinessKey(collectiveNumber)
        .localVariableEquals(ProcessVariables.OFFER_ID, offerId)
        .correlateAllWithResult().isEmpty();
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
