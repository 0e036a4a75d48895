package com.pointsdesk.workflow;

import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.security.Groups;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.springframework.stereotype.Component;

/**
 * The SLA clocks of a running case: moving its timers (not only the dates shown) and its open
 * tasks' dates when the record's deadlines move, pausing them while the case waits on the
 * member, and handing its open tasks to the senior agents.
 */
@Component
class CaseClocks {

  /** Each SLA timer of ComplaintHandling and the deadline of the record it waits for. */
  private static final Map<String, Function<DueDates, OffsetDateTime>> TIMERS = Map.of(
      ProcessIds.BOUNDARY_FIRST_RESPONSE_OVERDUE, DueDates::firstResponseDueAt,
      ProcessIds.BOUNDARY_RESOLUTION_OVERDUE, DueDates::resolutionDueAt,
      ProcessIds.BOUNDARY_ESCALATION_THRESHOLD, DueDates::escalationDueAt);

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
   * The record's deadlines moved outside the process (a public post or referral joined): the
   * waiting timers (suspended ones stay so) and the open tasks' dates follow.
   */
  void move(String processInstanceId, Complaint c) {
    TIMERS.forEach((boundaryEvent, deadline) -> {
      Job timer = management.createJobQuery().processInstanceId(processInstanceId)
          .activityId(boundaryEvent).timers().singleResult();
      if (timer != null) { // null: fired already, or the case is not yet in its first job
        management.setJobDuedate(timer.getId(), CaseSla.date(deadline.apply(c.dueDates())));
      }
    });
    for (Task task : openTasks(processInstanceId)) {
      boolean review = ProcessIds.TASK_REVIEW_COMPLAINT.equals(task.getTaskDefinitionKey());
      OffsetDateTime due = review ? CaseSla.reviewDue(c) : c.dueDates().resolutionDueAt();
      task.setDueDate(CaseSla.date(due));
      task.setFollowUpDate(CaseSla.date(serviceLevels.earlyWarning(c.receivedAt(), due)));
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

  /** The wait is over: the timers run again, due at the record's moved deadlines. */
  static void resume(DelegateExecution execution, DueDates moved) {
    for (TimerEntity timer : slaTimers(execution)) {
      timer.setDuedate(CaseSla.date(TIMERS.get(timer.getActivityId()).apply(moved)));
      timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
    }
  }

  /** The case is HIGH priority now and its open tasks go to the senior agents. */
  void handToSeniors(String processInstanceId) {
    runtime.setVariable(processInstanceId, ProcessVariables.PRIORITY, "HIGH");
    for (Task task : openTasks(processInstanceId)) {
      tasks.deleteCandidateGroup(task.getId(), Groups.SUPPORT_AGENTS);
      tasks.addCandidateGroup(task.getId(), Groups.SENIOR_AGENTS);
      tasks.setPriority(task.getId(), CamundaComplaintProcess.HIGH_TASK_PRIORITY);
      tasks.setVariableLocal(task.getId(), ProcessVariables.PRIORITY, "HIGH");
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
        if (job instanceof TimerEntity timer && TIMERS.containsKey(timer.getActivityId())) {
          timers.add(timer);
        }
      }
    }
    return timers;
  }

  private List<Task> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
  }
}
