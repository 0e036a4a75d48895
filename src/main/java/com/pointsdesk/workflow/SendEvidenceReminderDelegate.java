package com.pointsdesk.workflow;

import com.pointsdesk.evidence.EvidenceRequests;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendEvidenceReminder}: the one reminder before the evidence deadline. */
@Component
class SendEvidenceReminderDelegate implements JavaDelegate {

  private final EvidenceRequests requests;

  SendEvidenceReminderDelegate(EvidenceRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(ProcessVariables.EVIDENCE_DUE_AT);
    requests.remind(ProcessVariables.caseNumber(execution),
        OffsetDateTime.ofInstant(due.toInstant(), ZoneOffset.UTC));
  }
}
