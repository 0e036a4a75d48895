package com.pointsdesk.workflow;

import com.pointsdesk.channel.phone.HotlineCalls;
import com.pointsdesk.channel.phone.HotlineForm;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.system.ApiException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TakeInComplaint} (HotlineIntake): the start form's fields, and nothing else the
 * submission carried, go to the phone channel's intake; the agent is the logged-in user of the
 * start, never a variable (a form could send one, or overwrite {@code camunda:initiator}). A
 * refusal is not a BpmnError: it fails the start itself as a form validation error, which the
 * REST API Tasklist uses answers with 400 and the message, so the agent sees what to correct and
 * nothing is stored.
 */
@Component
class TakeInComplaintDelegate implements JavaDelegate {

  private final HotlineCalls calls;
  private final CurrentUser currentUser;

  TakeInComplaintDelegate(HotlineCalls calls, CurrentUser currentUser) {
    this.calls = calls;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> fields = new HashMap<>();
    HotlineForm.FIELDS.forEach(field -> fields.put(field, execution.getVariable(field)));
    try {
      IntakeOutcome outcome = calls.take(new HotlineForm(fields), currentUser.authenticated(),
          execution.getProcessInstanceId());
      // the history finds the call under its case; a business key sent along is replaced
      execution.setProcessBusinessKey(outcome.caseNumber());
    } catch (ApiException refused) {
      throw new FormFieldValidationException(refused.errors(),
          "未受理，请更正后重新提交 · Not taken in, nothing was stored: " + refused.getMessage());
    }
  }
}
