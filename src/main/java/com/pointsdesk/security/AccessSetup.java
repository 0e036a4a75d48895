package com.pointsdesk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Groups and their authorizations, created (if missing) each time the engine starts, in every
 * profile. Support and senior agents work only the tasks of their own group (Camunda grants
 * candidate groups their tasks); supervisors see and steer everything in Cockpit; analysts deploy
 * and inspect models; channel integrations have no webapp at all, only API v1. The grants and
 * Tasklist filters that name a process are set up by {@code workflow.ComplaintHandlingAccess},
 * which runs after this.
 */
@Component
@Order(1)
class AccessSetup extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    createGroups(engine.getIdentityService());
    Grants grants = new Grants(engine.getAuthorizationService());
    for (String agents : List.of(Groups.SUPPORT_AGENTS, Groups.SENIOR_AGENTS)) {
      grants.grant(agents, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Tasklist's "Start process" for hotline calls; a start also needs CREATE_INSTANCE on the
      // definition, which agents have on HotlineIntake alone (workflow.ComplaintHandlingAccess)
      grants.grant(agents, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }
    grants.grant(Groups.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(Groups.SUPERVISORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.grant(Groups.SUPERVISORS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.UPDATE_INSTANCE);
    grants.grant(Groups.SUPERVISORS, Resources.PROCESS_INSTANCE, ANY,
        ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
    grants.grant(Groups.SUPERVISORS, Resources.TASK, ANY,
        TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_ASSIGN);
    grants.grant(Groups.SUPERVISORS, Resources.DECISION_DEFINITION, ANY,
        Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(Groups.SUPERVISORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        Permissions.READ);
    grants.grant(Groups.SUPERVISORS, Resources.DEPLOYMENT, ANY, Permissions.READ);

    grants.grant(Groups.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(Groups.ANALYSTS, Resources.DEPLOYMENT, ANY,
        Permissions.CREATE, Permissions.READ);
    grants.grant(Groups.ANALYSTS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY);
    grants.grant(Groups.ANALYSTS, Resources.DECISION_DEFINITION, ANY,
        Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(Groups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        Permissions.READ);

    // camunda-admin is the engine's admin group; the explicit grants let the webapps show it all
    for (Resource resource : Resources.values()) {
      grants.grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    log.info("Groups and authorizations are in place");
  }

  private static void createGroups(IdentityService identity) {
    for (Groups.Group g : Groups.ALL) {
      if (identity.createGroupQuery().groupId(g.id()).count() == 0) {
        Group group = identity.newGroup(g.id());
        group.setName(g.name());
        group.setType(Groups.CAMUNDA_ADMIN.equals(g.id()) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
    }
  }
}
