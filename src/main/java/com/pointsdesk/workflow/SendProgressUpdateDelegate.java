package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseContacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendProgressUpdate}: the member hears where the case stands (定期跟进). */
@Component
class SendProgressUpdateDelegate implements JavaDelegate {

  private final CaseContacts contacts;

  SendProgressUpdateDelegate(CaseContacts contacts) {
    this.contacts = contacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contacts.sendProgressUpdate(ProcessVariables.caseNumber(execution));
  }
}
