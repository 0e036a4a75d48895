package com.pointsdesk.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.springframework.stereotype.Component;

/**
 * Camunda reads a job's definition by id for every job it creates, one query each. A case's one
 * job creates the four SLA timers of "Handle the complaint" after reading its own definition:
 * five queries for rows of one process definition. From the second definition a transaction
 * needs, this manager reads all definitions of that process at once into the transaction's
 * entity cache, where Camunda's own lookups then find them. A transaction that needs one
 * definition (an intake, a task completion) still reads exactly that one.
 */
@Component
class JobDefinitionsOfOneProcess extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactories.replace(configuration, JobDefinitionManager.class, Manager::new);
  }

  static final class Manager extends JobDefinitionManager {

    private String firstProcessDefinition;
    private boolean allRead;

    @Override
    public JobDefinitionEntity findById(String jobDefinitionId) {
      if (allRead || getDbEntityManager().getCachedEntity(JobDefinitionEntity.class,
          jobDefinitionId) != null) {
        return super.findById(jobDefinitionId);
      }
      if (firstProcessDefinition == null) {
        JobDefinitionEntity first = super.findById(jobDefinitionId);
        firstProcessDefinition = first == null ? null : first.getProcessDefinitionId();
        return first;
      }
      allRead = true;
      findByProcessDefinitionId(firstProcessDefinition);
      return super.findById(jobDefinitionId);
    }
  }
}
