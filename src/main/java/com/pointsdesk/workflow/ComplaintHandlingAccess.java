package com.pointsdesk.workflow;

import com.pointsdesk.security.Grants;
import com.pointsdesk.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The access that names {@code ComplaintHandling} and its tasks: agents may read the process
 * definition, and the shared Tasklist filters with their grants; and agents may start
 * {@code HotlineIntake} (with CREATE on process instances from AccessSetup), the only definition
 * they may start: ComplaintHandling is started by the intake inside that start, whose delegate
 * code runs without authorization checks (Camunda's default for custom code), as the API v1
 * intake runs without an engine user. Created (if missing) each time the engine starts, after
 * security's AccessSetup ({@code @Order(1)}) has created the groups and the grants that name no
 * process.
 */
@Component
@Order(3)
class ComplaintHandlingAccess extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ComplaintHandlingAccess.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Grants grants = new Grants(engine.getAuthorizationService());
    for (String agents : List.of(Groups.SUPPORT_AGENTS, Groups.SENIOR_AGENTS)) {
      grants.grant(agents, Resources.PROCESS_DEFINITION, ProcessIds.COMPLAINT_HANDLING,
          ProcessDefinitionPermissions.READ);
      // the one process agents may start (Tasklist's "Start process"): a call on the hotline
      grants.grant(agents, Resources.PROCESS_DEFINITION, ProcessIds.HOTLINE_INTAKE,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    new TasklistFilters(engine).create(grants);
    log.info("Tasklist filters and grants on {} and {} are in place",
        ProcessIds.COMPLAINT_HANDLING, ProcessIds.HOTLINE_INTAKE);
  }
}
