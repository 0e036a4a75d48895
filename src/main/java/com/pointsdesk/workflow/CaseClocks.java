package com.pointsdesk.workflow;

import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import com.pointsdesk.security.Groups;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The SLA clocks of a running case: moving its timers (not only the dates shown) when its
 * deadlines move, and handing its open tasks to the senior agents.
 */
@Component
class CaseClocks {

  private static final Map<String, String> TIMER_DATES = Map.of(
      ProcessIds.BOUNDARY_FIRST_RESPONSE_OVERDUE, ProcessVariables.FIRST_RESPONSE_DUE_AT,
      ProcessIds.BOUNDARY_RESOLUTION_OVERDUE, ProcessVariables.RESOLUTION_DUE_AT,
      ProcessIds.BOUNDARY_ESCALATION_THRESHOLD, ProcessVariables.ESCALATION_DUE_AT);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final ServiceLevels serviceLevels;

  CaseClocks(RuntimeService runtime, ManagementService management, TaskService tasks,
      ServiceLevels serviceLevels) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.serviceLevels = serviceLevels;
  }

  /**
   * The deadlines moved outside the process (a public post or referral joined): the variables,
   * the waiting timers (suspended ones stay so) and the open tasks' dates follow.
   */
  void move(String processInstanceId, DueDates due, OffsetDateTime received,
      boolean firstResponseGiven) {
    VariableMap dates = SlaVariables.of(due, received, firstResponseGiven, serviceLevels);
    runtime.setVariables(processInstanceId, dates);
    TIMER_DATES.forEach((boundaryEvent, dateVariable) -> {
      Job timer = management.createJobQuery().processInstanceId(processInstanceId)
          .activityId(boundaryEvent).timers().singleResult();
      if (timer != null) { // null: fired already, or the case is not yet in its first job
        management.setJobDuedate(timer.getId(), (Date) dates.get(dateVariable));
      }
    });
    for (Task task : openTasks(processInstanceId)) {
      boolean review = ProcessIds.TASK_REVIEW_COMPLAINT.equals(task.getTaskDefinitionKey());
      task.setDueDate((Date) dates.get(review ? ProcessVariables.REVIEW_DUE_AT
          : ProcessVariables.RESOLUTION_DUE_AT));
      task.setFollowUpDate((Date) dates.get(review ? ProcessVariables.REVIEW_FOLLOW_UP_AT
          : ProcessVariables.RESOLUTION_FOLLOW_UP_AT));
      tasks.saveTask(task);
    }
  }

  /**
   * The case waits on the member: its SLA timers are suspended (Cockpit shows them so) until
   * {@link #resume}. Both work on the execution tree of the running command rather than through
   * queries and services: in the case's first job the timers are not flushed yet, and a
   * suspension changed by a bulk statement would clash with the cached timer.
   */
  static void suspend(DelegateExecution execution) {
    slaTimers(execution).forEach(
        timer -> timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode()));
  }

  /** The wait is over: the timers run again, due at the record's moved dates. */
  void resume(DelegateExecution execution, DueDates due, OffsetDateTime received,
      boolean firstResponseGiven) {
    VariableMap dates = SlaVariables.of(due, received, firstResponseGiven, serviceLevels);
    execution.getProcessInstance().setVariables(dates);
    for (TimerEntity timer : slaTimers(execution)) {
      timer.setDuedate((Date) dates.get(TIMER_DATES.get(timer.getActivityId())));
      timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
    }
  }

  private static List<TimerEntity> slaTimers(DelegateExecution execution) {
    List<TimerEntity> timers = new ArrayList<>();
    Deque<ExecutionEntity> scopes = new ArrayDeque<>();
    scopes.add((ExecutionEntity) execution.getProcessInstance());
    while (!scopes.isEmpty()) {
      ExecutionEntity scope = scopes.pop();
      scopes.addAll(scope.getExecutions());
      for (JobEntity job : scope.getJobs()) {
        if (job instanceof TimerEntity timer && TIMER_DATES.containsKey(timer.getActivityId())) {
          timers.add(timer);
        }
      }
    }
    return timers;
  }

  /** The case is HIGH priority now and its open tasks (and later review rounds) go to seniors. */
  void handToSeniors(String processInstanceId) {
    runtime.setVariable(processInstanceId, ProcessVariables.RESPONDER_GROUP, Groups.SENIOR_AGENTS);
    runtime.setVariable(processInstanceId, ProcessVariables.PRIORITY, "HIGH");
    for (Task task : openTasks(processInstanceId)) {
      tasks.deleteCandidateGroup(task.getId(), Groups.SUPPORT_AGENTS);
      tasks.addCandidateGroup(task.getId(), Groups.SENIOR_AGENTS);
      tasks.setPriority(task.getId(), CamundaComplaintProcess.HIGH_TASK_PRIORITY);
      tasks.setVariableLocal(task.getId(), ProcessVariables.PRIORITY, "HIGH");
    }
  }

  private List<Task> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
  }
}
