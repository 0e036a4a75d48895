package com.pointsdesk.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of DESIGN.md (password = user id). Demo profile only; in production the
 * password policy refuses these passwords and the accounts are never created.
 */
@Component
@Profile("demo")
@Order(2)
class DemoIdentities extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

  static final List<DemoUser> USERS = List.of(
      new DemoUser("agent", "Li", "Agent", Groups.SUPPORT_AGENTS),
      new DemoUser("senior", "Chen", "Senior", Groups.SENIOR_AGENTS),
      new DemoUser("supervisor", "Zhao", "Supervisor", Groups.SUPERVISORS),
      new DemoUser("analyst", "Sun", "Analyst", Groups.ANALYSTS),
      new DemoUser("intake", "Channel", "Integration", Groups.CHANNEL_INTEGRATIONS),
      new DemoUser("admin", "Demo", "Admin", Groups.CAMUNDA_ADMIN));

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@pointsdesk.example");
        user.setPassword(demo.id());
        identity.saveUser(user);
      }
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identity.createMembership(demo.id(), demo.group());
      }
    }
    log.info("Demo users ready: {}", USERS.stream().map(DemoUser::id).toList());
  }

  record DemoUser(String id, String firstName, String lastName, String group) {}
}
