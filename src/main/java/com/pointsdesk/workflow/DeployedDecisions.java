package com.pointsdesk.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionManager;
import org.springframework.stereotype.Component;

/**
 * Every business-rule task binds its decision by deployment (the models of one deployment work
 * together), and Camunda resolves that binding with a query per evaluation: SlaPolicy at every
 * intake, RemedyPolicy in every case's job. What a deployment holds never changes, so which
 * definition it holds under a key is remembered after the first query. The definition itself
 * still comes from Camunda's deployment cache, or from the database when it was evicted.
 */
@Component
class DeployedDecisions extends AbstractProcessEnginePlugin {

  /** Bound, not evicted one by one: one entry per deployment and decision key. */
  private static final int LIMIT = 10_000;

  private final Map<List<String>, String> definitionIds = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactories.replace(configuration, DecisionDefinitionManager.class, Manager::new);
  }

  private final class Manager extends DecisionDefinitionManager {

    @Override
    public DecisionDefinitionEntity findDecisionDefinitionByDeploymentAndKey(String deploymentId,
        String key) {
      if (deploymentId == null || key == null) {
        return super.findDecisionDefinitionByDeploymentAndKey(deploymentId, key);
      }
      List<String> binding = List.of(deploymentId, key);
      String id = definitionIds.get(binding);
      DecisionDefinitionEntity deployed = id == null ? null
          : Context.getProcessEngineConfiguration().getDeploymentCache()
              .findDecisionDefinitionFromCache(id);
      if (deployed != null) {
        return deployed;
      }
      DecisionDefinitionEntity found = super.findDecisionDefinitionByDeploymentAndKey(deploymentId,
          key);
      if (found != null) {
        if (definitionIds.size() >= LIMIT) {
          definitionIds.clear();
        }
        definitionIds.put(binding, found.getId());
      }
      return found;
    }
  }
}
