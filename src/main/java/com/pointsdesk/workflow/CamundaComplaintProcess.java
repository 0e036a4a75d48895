package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.CATEGORY;
import static com.pointsdesk.workflow.ProcessVariables.CHANNEL;
import static com.pointsdesk.workflow.ProcessVariables.EVIDENCE_REQUESTED;
import static com.pointsdesk.workflow.ProcessVariables.EXTERNAL_ESCALATION;
import static com.pointsdesk.workflow.ProcessVariables.PRIORITY;
import static com.pointsdesk.workflow.ProcessVariables.PUBLIC_POST;

import com.pointsdesk.complaint.Channel;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintProcess;
import com.pointsdesk.complaint.Priority;
import com.pointsdesk.security.Groups;
import com.pointsdesk.sla.ServiceTargets;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
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
  private final DecisionService decisions;
  private final CaseClocks clocks;

  CamundaComplaintProcess(RuntimeService runtime, DecisionService decisions, CaseClocks clocks) {
    this.runtime = runtime;
    this.decisions = decisions;
    this.clocks = clocks;
  }

  @Override
  public Started start(Complaint complaint, Channel channel) {
    VariableMap variables = Variables.createVariables()
        .putValue(CATEGORY, complaint.category().name())
        .putValue(PRIORITY, complaint.priority().name())
        .putValue(PUBLIC_POST, complaint.publicPost())
        .putValue(EXTERNAL_ESCALATION, complaint.externalEscalation())
        .putValue(EVIDENCE_REQUESTED, false)
        // only SlaPolicy reads the channel: transient, never stored
        .putValueTyped(CHANNEL, Variables.stringValue(channel.name(), true));
    ProcessInstanceWithVariables instance = runtime
        .createProcessInstanceByKey(ProcessIds.COMPLAINT_HANDLING)
        .businessKey(complaint.caseNumber())
        .setVariables(variables)
        .executeWithVariablesInReturn();
    // Task_DetermineServiceLevels has run: its targets come back as transient values
    return new Started(instance.getId(), ServiceTargetsOutput.of(instance.getVariables()));
  }

  @Override
  public ServiceTargets escalated(String caseNumber, Channel channel, boolean publicPost,
      boolean externalEscalation) {
    ProcessInstance instance = instance(caseNumber);
    if (instance == null) {
      throw new IllegalStateException("No running process for open case " + caseNumber);
    }
    VariableMap inputs = Variables.createVariables()
        .putValue(PUBLIC_POST, publicPost)
        .putValue(EXTERNAL_ESCALATION, externalEscalation)
        .putValue(PRIORITY, Priority.HIGH.name());
    runtime.setVariables(instance.getId(), inputs);
    inputs.putValue(CHANNEL, channel.name())
        .putValue(CATEGORY, runtime.getVariable(instance.getId(), CATEGORY));
    ServiceTargets targets = ServiceTargetsOutput.of(decisions
        .evaluateDecisionTableByKey(ProcessIds.SLA_POLICY, inputs).getSingleResult());
    if (Groups.SENIOR_AGENTS.equals(targets.responderGroup())) {
      clocks.handToSeniors(instance.getId());
    }
    return targets;
  }

  @Override
  public void deadlinesMoved(Complaint complaint) {
    ProcessInstance instance = instance(complaint.caseNumber());
    if (instance != null) {
      clocks.move(instance.getId(), complaint);
    }
  }

  @Override
  public void escalateExternally(String caseNumber) {
    runtime.createMessageCorrelation(ProcessIds.MSG_CASE_ESCALATED)
        .processInstanceBusinessKey(caseNumber)
        .correlateAllWithResult();
  }

  @Override
  public boolean evidenceProvided(String caseNumber) {
    return !runtime.createMessageCorrelation(ProcessIds.MSG_EVIDENCE_PROVIDED)
        .processInstanceBusinessKey(caseNumber)
        .correlateAllWithResult()
        .isEmpty();
  }

  private ProcessInstance instance(String caseNumber) {
    return runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, ProcessIds.COMPLAINT_HANDLING).active()
        .singleResult();
  }
}
