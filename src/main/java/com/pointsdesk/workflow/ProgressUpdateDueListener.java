package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseContacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Gateway_ProgressUpdateDue}: whether the member is owed a progress message by
 * the record (nobody wrote to them for the working days SlaPolicy set on the case).
 */
@Component
class ProgressUpdateDueListener implements ExecutionListener {

  private final CaseContacts contacts;

  ProgressUpdateDueListener(CaseContacts contacts) {
    this.contacts = contacts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(ProcessVariables.PROGRESS_UPDATE_DUE,
        contacts.progressUpdateDue(ProcessVariables.caseNumber(execution)));
  }
}
