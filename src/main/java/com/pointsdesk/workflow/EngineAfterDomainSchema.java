package com.pointsdesk.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The engine must start after Flyway: its job executor may run a step that reads the ledger at
 * once, and Flyway refuses to migrate a schema that the engine has already filled.
 */
@Component
class EngineAfterDomainSchema extends AbstractDependsOnBeanFactoryPostProcessor {

  EngineAfterDomainSchema() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
  }
}
