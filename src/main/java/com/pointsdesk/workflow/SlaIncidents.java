package com.pointsdesk.workflow;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandling;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/**
 * Missed service levels as Cockpit incidents of type {@code slaBreach}, raised on the case's
 * "Handle the complaint" scope (or the escalation process), so a supervisor sees them on the case
 * without asking anyone; they are resolved when the case (or the answer) is done.
 */
@Component
class SlaIncidents {

  private final RuntimeService runtime;

  SlaIncidents(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Raises the incident on the scope that lives as long as the thing that was late: the given
   * sub-process's scope execution (shown on that sub-process in Cockpit), or the process
   * instance when {@code scopeActivityId} is null. A scope execution has no activity of its own,
   * which RuntimeService#createIncident insists on, so the incident is raised directly.
   */
  void raise(DelegateExecution execution, String scopeActivityId, String breach,
      String message) {
    String executionId = execution.getProcessInstanceId();
    if (scopeActivityId != null) {
      ActivityInstance[] scopes = runtime.getActivityInstance(executionId)
          .getActivityInstances(scopeActivityId);
      executionId = scopes.length > 0 ? scopes[0].getExecutionIds()[0] : executionId;
    }
    IncidentContext context = new IncidentContext();
    context.setExecutionId(executionId);
    context.setActivityId(scopeActivityId != null ? scopeActivityId : execution.getCurrentActivityId());
    context.setProcessDefinitionId(execution.getProcessDefinitionId());
    context.setTenantId(execution.getTenantId());
    context.setConfiguration(ProcessVariables.caseNumber(execution) + ":" + breach);
    IncidentHandling.createIncident(ProcessIds.INCIDENT_SLA_BREACH, context, message);
  }

  /** Resolves the breaches raised on this scope execution (no query when there are none new). */
  static void resolveOn(DelegateExecution scope) {
    for (IncidentEntity incident : List.copyOf(((ExecutionEntity) scope).getIncidents())) {
      if (ProcessIds.INCIDENT_SLA_BREACH.equals(incident.getIncidentType())) {
        incident.resolve();
      }
    }
  }
}
