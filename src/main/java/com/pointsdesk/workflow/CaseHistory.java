package com.pointsdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * The history level {@code pointsdesk} (camunda.bpm.history-level): what supervisors, analysts
 * and auditors read in Camunda's history, and nothing they do not, because every history row is
 * written in the case's transactions (docs/performance.md counts them).
 * <ul>
 *   <li>kept: process, activity and task instances (what a case went through, who completed which
 *       task, Cockpit's counts), incidents, the user operation log (who changed what through the
 *       webapps or the REST API, e.g. a supervisor writing variables) and decision evaluations
 *       (which rule of RemedyPolicy.dmn fired, for the analysts);</li>
 *   <li>left out: variable values and their every change, job logs and identity links. The case's
 *       facts (findings, decisions with who and when, payments, timeline) live in the domain
 *       tables; variables only route the process.</li>
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
      return HistoryLevel.HISTORY_LEVEL_ACTIVITY.isHistoryEventProduced(type, entity)
          || type == HistoryEventTypes.INCIDENT_CREATE || type == HistoryEventTypes.INCIDENT_DELETE
          || type == HistoryEventTypes.INCIDENT_RESOLVE || type == HistoryEventTypes.INCIDENT_UPDATE
          || type == HistoryEventTypes.INCIDENT_MIGRATE
          || type == HistoryEventTypes.USER_OPERATION_LOG
          || type == HistoryEventTypes.DMN_DECISION_EVALUATE;
    }
  }
}
