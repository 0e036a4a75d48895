package com.pointsdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Puts a subclass of one of Camunda's entity managers in place of the engine's own: a custom
 * session factory for the manager's type replaces the default one (the engine registers the
 * custom factories last). Several plugins add theirs to the same list.
 */
final class SessionFactories {

  private SessionFactories() {}

  static void replace(ProcessEngineConfigurationImpl configuration, Class<? extends Session> type,
      Supplier<? extends Session> manager) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return manager.get();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }
}
