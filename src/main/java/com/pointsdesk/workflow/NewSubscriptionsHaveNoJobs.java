package com.pointsdesk.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;
import org.springframework.stereotype.Component;

/**
 * Camunda queries the job table for asynchronous triggers of every event subscription it
 * deletes, also of one created in the same transaction. Such a query reads only stored jobs,
 * and a job can only be stored with a subscription that is stored too, so for a subscription
 * never written it finds nothing. The straight-through case creates and removes
 * {@code Msg_CaseEscalated}'s subscription in its one job; this manager skips that query for a
 * never-written subscription and does what Camunda's own does for every other one.
 */
@Component
class NewSubscriptionsHaveNoJobs extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactories.replace(configuration, EventSubscriptionManager.class, Manager::new);
  }

  static final class Manager extends EventSubscriptionManager {

    @Override
    public void deleteEventSubscription(EventSubscriptionEntity subscription) {
      if (!NeverWritten.is(EventSubscriptionEntity.class, subscription.getId())) {
        super.deleteEventSubscription(subscription);
        return;
      }
      getDbEntityManager().delete(subscription);
      createdSignalSubscriptions.remove(subscription);
    }
  }
}
