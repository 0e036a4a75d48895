package com.pointsdesk.workflow;

import com.pointsdesk.evidence.EvidenceRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseWithoutEvidence}: closes as CLOSED_NO_EVIDENCE and explains why. */
@Component
class CloseWithoutEvidenceDelegate implements JavaDelegate {

  private final EvidenceRequests requests;

  CloseWithoutEvidenceDelegate(EvidenceRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.closeWithoutEvidence(ProcessVariables.caseNumber(execution));
  }
}
