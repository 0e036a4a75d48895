package com.pointsdesk.workflow;

import com.pointsdesk.escalation.EscalationProcess;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** {@link EscalationProcess} on Camunda: process ExternalEscalation, business key = case. */
@Component
class CamundaEscalationProcess implements EscalationProcess {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  CamundaEscalationProcess(RuntimeService runtime, TaskService tasks,
      ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  @Override
  public void answerDueMoved(String caseNumber, OffsetDateTime answerDueAt) {
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, ProcessIds.EXTERNAL_ESCALATION).active()
        .singleResult();
    if (instance == null) {
      return; // not started yet: its first step plans with the latest referral
    }
    runtime.setVariable(instance.getId(), PlanExternalAnswerDelegate.ANSWER_DUE_AT,
        CaseSla.date(answerDueAt));
    Task answer = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProcessIds.TASK_ANSWER_REGULATOR).singleResult();
    if (answer != null) {
      answer.setDueDate(CaseSla.date(answerDueAt));
      tasks.saveTask(answer);
    }
    Job timer = management.createJobQuery().processInstanceId(instance.getId())
        .activityId(ProcessIds.BOUNDARY_ANSWER_OVERDUE).timers().singleResult();
    if (timer != null) {
      management.setJobDuedate(timer.getId(), CaseSla.date(answerDueAt));
    }
  }
}
