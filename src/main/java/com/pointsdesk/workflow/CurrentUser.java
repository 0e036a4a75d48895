package com.pointsdesk.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting on a task: the authenticated webapp/REST user, else the task's assignee. */
@Component
class CurrentUser {

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  String of(DelegateTask task) {
    String authenticated = authenticated();
    return authenticated != null ? authenticated : task.getAssignee();
  }

  /**
   * The user the webapps or {@code /engine-rest} authenticated for this command, or null (a job,
   * the API v1 intake). What Tasklist's "Start process" runs as: unlike a variable (even
   * {@code camunda:initiator}, which the start form's own variables may overwrite), no form
   * field can set it.
   */
  String authenticated() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
