package com.pointsdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * The history level {@code pointsdesk} (camunda.bpm.history-level): what supervisors and auditors
 * read in Camunda's history, and nothing more, because every history row is written in the
 * case's own transactions (docs/performance.md measures what each kind costs per case).
 * <ul>
 *   <li>kept: process instances (when a case started and ended, and where), task instances (who
 *       claimed and completed which review or approval, when), incidents and the user operation
 *       log (who changed what through the webapps or the REST API, a supervisor writing
 *       variables for one);</li>
 *   <li>left out: activity instances, variable values and their every change, decision
 *       evaluations, job logs and identity links. The case's path and facts are in the domain
 *       tables: its timeline, the findings, every remedy decision with who and when (the
 *       policy's included, with the note that names its rule), the payments.</li>
 * </ul>
 */
@Component
class CaseHistory extends AbstractProcessEnginePlugin {

  static final HistoryLevel LEVEL = new Level();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(LEVEL);
    configuration.setCustomHistoryLevels(levels);
  }

  private static final class Level extends AbstractHistoryLevel {

    private static final Set<HistoryEventType> KEPT = Set.of(
        HistoryEventTypes.PROCESS_INSTANCE_START, HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
        HistoryEventTypes.PROCESS_INSTANCE_MIGRATE, HistoryEventTypes.PROCESS_INSTANCE_END,
        HistoryEventTypes.TASK_INSTANCE_CREATE, HistoryEventTypes.TASK_INSTANCE_UPDATE,
        HistoryEventTypes.TASK_INSTANCE_MIGRATE, HistoryEventTypes.TASK_INSTANCE_COMPLETE,
        HistoryEventTypes.TASK_INSTANCE_DELETE,
        HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_MIGRATE,
        HistoryEventTypes.INCIDENT_DELETE, HistoryEventTypes.INCIDENT_RESOLVE,
        HistoryEventTypes.INCIDENT_UPDATE,
        HistoryEventTypes.USER_OPERATION_LOG);

    @Override
    public int getId() {
      return 23;
    }

    @Override
    public String getName() {
      return "pointsdesk";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType type, Object entity) {
      return KEPT.contains(type);
    }
  }
}
