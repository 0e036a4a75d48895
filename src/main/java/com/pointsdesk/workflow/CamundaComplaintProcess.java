package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.CATEGORY;
import static com.pointsdesk.workflow.ProcessVariables.EVIDENCE_REQUESTED;
import static com.pointsdesk.workflow.ProcessVariables.EXTERNAL_ESCALATION;
import static com.pointsdesk.workflow.ProcessVariables.PRIORITY;
import static com.pointsdesk.workflow.ProcessVariables.PUBLIC_POST;

import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintProcess;
import com.pointsdesk.complaint.Priority;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@link ComplaintProcess} on Camunda: process ComplaintHandling, business key = case number. The
 * case number is not a variable: every step finds its case by the business key.
 */
@Component
class CamundaComplaintProcess implements ComplaintProcess {

  /** Task priority of a high-priority case (public post, regulator); the model uses 80 too. */
  static final int HIGH_TASK_PRIORITY = 80;

  private final RuntimeService runtime;
  private final TaskService tasks;

  CamundaComplaintProcess(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Override
  public String start(Complaint complaint) {
    VariableMap variables = Variables.createVariables()
        .putValue(CATEGORY, complaint.category().name())
        .putValue(PRIORITY, complaint.priority().name())
        .putValue(PUBLIC_POST, complaint.publicPost())
        .putValue(EXTERNAL_ESCALATION, complaint.externalEscalation())
        .putValue(EVIDENCE_REQUESTED, false);
    return runtime.createProcessInstanceByKey(ProcessIds.COMPLAINT_HANDLING)
        .businessKey(complaint.caseNumber())
        .setVariables(variables)
        .execute()
        .getId();
  }

  @Override
  public void escalated(String caseNumber, boolean publicPost, boolean externalEscalation) {
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, ProcessIds.COMPLAINT_HANDLING).active()
        .singleResult();
    if (instance != null) {
      runtime.setVariables(instance.getId(), Variables.createVariables()
          .putValue(PUBLIC_POST, publicPost)
          .putValue(EXTERNAL_ESCALATION, externalEscalation)
          .putValue(PRIORITY, Priority.HIGH.name()));
      // a task already waiting in Tasklist moves up the list, its card says so too
      tasks.createTaskQuery().processInstanceId(instance.getId()).list().forEach(task -> {
        tasks.setPriority(task.getId(), HIGH_TASK_PRIORITY);
        tasks.setVariableLocal(task.getId(), PRIORITY, Priority.HIGH.name());
      });
    }
  }

  @Override
  public boolean evidenceProvided(String caseNumber) {
    return !runtime.createMessageCorrelation(ProcessIds.MSG_EVIDENCE_PROVIDED)
        .processInstanceBusinessKey(caseNumber)
        .correlateAllWithResult()
        .isEmpty();
  }
}
