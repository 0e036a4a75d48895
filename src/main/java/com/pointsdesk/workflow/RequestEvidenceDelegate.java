package com.pointsdesk.workflow;

import com.pointsdesk.evidence.EvidenceProperties;
import com.pointsdesk.evidence.EvidenceRequests;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestEvidence}: asks the member for what the check missed and sets the two
 * timer dates the wait uses (reminder, deadline), so the mail and the timers agree.
 */
@Component
class RequestEvidenceDelegate implements JavaDelegate {

  private final EvidenceRequests requests;
  private final EvidenceProperties properties;
  private final Clock clock;

  RequestEvidenceDelegate(EvidenceRequests requests, EvidenceProperties properties, Clock clock) {
    this.requests = requests;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime due = now.plus(properties.deadlineAfter());
    requests.request(ProcessVariables.caseNumber(execution), due);
    execution.setVariable(ProcessVariables.EVIDENCE_REQUESTED, true);
    execution.setVariable(ProcessVariables.EVIDENCE_REMINDER_AT,
        Date.from(now.plus(properties.reminderAfter()).toInstant()));
    execution.setVariable(ProcessVariables.EVIDENCE_DUE_AT, Date.from(due.toInstant()));
  }
}
