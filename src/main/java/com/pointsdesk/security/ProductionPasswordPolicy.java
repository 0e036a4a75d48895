package com.pointsdesk.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the engine refuses weak passwords, the demo passwords above all:
 * at least 12 characters, a digit, no user data (so never "agent"/"agent") and none of the
 * published demo passwords. The starter's admin user from the environment must pass it too.
 */
@Component
@Profile("!demo")
class ProductionPasswordPolicy extends AbstractProcessEnginePlugin implements PasswordPolicy {

  private static final Set<String> DEMO_PASSWORDS = Set.of("agent", "senior", "supervisor",
      "analyst", "intake", "admin", "demo", "password", "camunda");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(this);
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.of(new PasswordPolicyLengthRuleImpl(12), new PasswordPolicyDigitRuleImpl(1),
        new PasswordPolicyUserDataRuleImpl(), new NotADemoPassword());
  }

  /** Refuses the passwords printed in the README for the demo users, in any letter case. */
  static final class NotADemoPassword implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_NOT_A_DEMO_PASSWORD";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      return password != null && DEMO_PASSWORDS.stream()
          .noneMatch(demo -> password.toLowerCase().contains(demo));
    }

    @Override
    public boolean execute(String password, User user) {
      return execute(password);
    }
  }
}
