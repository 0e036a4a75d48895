package com.pointsdesk.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the candidate group of a task (and its assignee) may do with it: read it, claim and
 * complete it (TASK_WORK), hand it back or pass it on (TASK_ASSIGN). Not UPDATE, which Camunda
 * grants by default: it would also let anyone who works a task write its process variables
 * outside a completion. A completion itself carries only the form's fields (the workflow's
 * task service checks that).
 */
@Component
@Order(0)
class TaskWorkerPermissions extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
      return enforceSpecificVariablePermission
          ? new Permission[] {TaskPermissions.READ, TaskPermissions.TASK_WORK,
              TaskPermissions.TASK_ASSIGN, TaskPermissions.READ_VARIABLE}
          : new Permission[] {TaskPermissions.READ, TaskPermissions.TASK_WORK,
              TaskPermissions.TASK_ASSIGN};
    }
  }
}
