package com.pointsdesk.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * The house rule for save points, checked on the model: every step with a side effect runs inside
 * a job (an async boundary or a timer) that has an explicit retry cycle, so it ends in an incident
 * when the retries run out (unless it declares that it is the starter's own request, right after
 * the start: {@link #runsInCallersStart}); no async boundary sits inside a job that is already running (between
 * keyed steps of one transaction); and wait states and gateways carry no async-before.
 *
 * <p>Which transaction runs a step is found by walking back along the flows to where the
 * transaction began: an async boundary or a timer (a job), or the start of the process, a message
 * or a person's completion of a task (the caller's transaction).
 */
final class TransactionBoundaries {

  /** Where a transaction that runs a step began. */
  record Entry(FlowNode at, boolean job, String what) {}

  private TransactionBoundaries() {}

  static List<String> check(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (hasSideEffect(node)) {
        for (Entry entry : entriesOf(node, new HashSet<>())) {
          if (!entry.job() && !(entry.at() instanceof StartEvent && runsInCallersStart(node))) {
            violations.add(node.getId() + ": side effect in the transaction of " + entry.what()
                + " (" + entry.at().getId() + "): it must run in a job with a retry cycle");
          }
        }
      }
      if (carriesJob(node) && !hasRetryCycle(node)) {
        violations.add(node.getId() + ": a job without failedJobRetryTimeCycle");
      }
      if ((node instanceof UserTask || node instanceof ReceiveTask || node instanceof Gateway)
          && isAsyncBefore(node)) {
        violations.add(node.getId() + ": async boundary before a wait state or gateway");
      }
      for (Entry entry : upstreamOfBoundary(node)) {
        if (entry.job()) {
          violations.add(node.getId() + ": async boundary inside the job of "
              + entry.at().getId() + ": steps of one job need no save point between them");
        }
      }
    }
    return violations;
  }

  /** Service and send tasks, and any element whose execution listener calls Java. */
  private static boolean hasSideEffect(FlowNode node) {
    return node instanceof ServiceTask || node instanceof SendTask
        || (node.getExtensionElements() != null && !node.getExtensionElements().getElementsQuery()
            .filterByType(CamundaExecutionListener.class).list().isEmpty());
  }

  /**
   * A step that declares {@code transaction = caller} (a Camunda extension property) runs in the
   * transaction of whoever starts the process, on purpose: it is that person's request, as the
   * hotline intake is the agent's start form, so a refusal must reach them (the start fails, and
   * nothing is stored) rather than end as an incident. Honoured only in the start's own transaction.
   */
  private static boolean runsInCallersStart(FlowNode node) {
    return node.getExtensionElements() != null && node.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(p -> "transaction".equals(p.getCamundaName())
            && "caller".equals(p.getCamundaValue()));
  }

  /** The transactions in which {@code node} starts to execute. */
  static Set<Entry> entriesOf(FlowNode node, Set<String> visiting) {
    if (isAsyncBefore(node)) {
      return Set.of(new Entry(node, true, "its own async boundary"));
    }
    if (node instanceof StartEvent && node.getParentElement() instanceof SubProcess scope) {
      return entriesOf(scope, visiting); // a sub-process's start runs where the sub-process does
    }
    if (node instanceof StartEvent) {
      return Set.of(new Entry(node, false, "the process start"));
    }
    if (node instanceof BoundaryEvent boundary) {
      if (isTimer(boundary)) {
        return Set.of(new Entry(node, true, "its timer"));
      }
      if (!boundary.getEventDefinitions().isEmpty()
          && boundary.getEventDefinitions().iterator().next() instanceof ErrorEventDefinition) {
        return entriesOf(boundary.getAttachedTo(), visiting);
      }
      return Set.of(new Entry(node, false, "a message"));
    }
    if (node instanceof CatchEvent catchEvent) {
      return Set.of(isTimer(catchEvent) ? new Entry(node, true, "its timer")
          : new Entry(node, false, "a message"));
    }
    if (!visiting.add(node.getId())) {
      return Set.of();
    }
    Set<Entry> entries = new LinkedHashSet<>();
    for (SequenceFlow flow : node.getIncoming()) {
      entries.addAll(continuationOf(flow.getSource(), visiting));
    }
    return entries;
  }

  /** The transactions in which the flow leaving {@code node} runs. */
  private static Set<Entry> continuationOf(FlowNode node, Set<String> visiting) {
    if (isAsyncAfter(node)) {
      return Set.of(new Entry(node, true, "its async-after boundary"));
    }
    if (node instanceof UserTask) {
      return Set.of(new Entry(node, false, "a person's completion"));
    }
    if (node instanceof ReceiveTask) {
      return Set.of(new Entry(node, false, "the message that wakes it"));
    }
    return entriesOf(node, visiting);
  }

  /**
   * For an async boundary on {@code node}: the transactions that reach it. A boundary is
   * redundant when one of them is already a job.
   */
  private static Set<Entry> upstreamOfBoundary(FlowNode node) {
    Set<Entry> upstream = new LinkedHashSet<>();
    if (isAsyncBefore(node) && !(node instanceof StartEvent)) {
      for (SequenceFlow flow : node.getIncoming()) {
        upstream.addAll(continuationOf(flow.getSource(), new HashSet<>(Set.of(node.getId()))));
      }
    }
    if (isAsyncAfter(node) && !(node instanceof UserTask) && !(node instanceof ReceiveTask)) {
      upstream.addAll(entriesOf(node, new HashSet<>()));
    }
    return upstream;
  }

  private static boolean carriesJob(FlowNode node) {
    return isAsyncBefore(node) || isAsyncAfter(node)
        || (node instanceof CatchEvent catchEvent && isTimer(catchEvent));
  }

  private static boolean hasRetryCycle(BaseElement element) {
    return element.getExtensionElements() != null && !element.getExtensionElements()
        .getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().isEmpty();
  }

  private static boolean isTimer(CatchEvent event) {
    return event.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition);
  }

  private static boolean isAsyncBefore(FlowNode node) {
    return node.isCamundaAsyncBefore();
  }

  private static boolean isAsyncAfter(FlowNode node) {
    return node.isCamundaAsyncAfter();
  }
}
