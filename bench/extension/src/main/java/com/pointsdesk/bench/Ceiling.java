package com.pointsdesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ceiling: the app's own model, copied at run time under another process key with every
 * delegate and listener replaced by a no-op, and deployed together with copies of the other
 * resources of the app's deployment (RemedyPolicy.dmn, SlaPolicy.dmn, forms, ExternalEscalation.bpmn,
 * itself copied), because business-rule tasks, call activities and forms bind by deployment. Async boundaries, timers, gateways, DMN tasks and I/O mappings are
 * kept, so the copy has the same jobs and transactions as the real path.
 */
@Component
class Ceiling {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final List<String> IMPL_ATTRIBUTES = List.of("class", "delegateExpression",
      "expression", "resultVariable");

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final AtomicLong started = new AtomicLong();
  private volatile Map<String, Object> deployed;

  Ceiling(RepositoryService repository, RuntimeService runtime, TransactionTemplate transaction) {
    this.repository = repository;
    this.runtime = runtime;
    this.transaction = transaction;
  }

  synchronized Map<String, Object> deploy() {
    if (deployed != null) {
      return deployed;
    }
    ProcessDefinition source = repository.createProcessDefinitionQuery()
        .processDefinitionKey(CeilingPath.SOURCE_PROCESS_KEY).latestVersion().singleResult();
    if (source == null) {
      throw new IllegalStateException("No deployed " + CeilingPath.SOURCE_PROCESS_KEY);
    }
    DeploymentBuilder deployment = repository.createDeployment()
        .name("pointsdesk-bench-ceiling").source("pointsdesk-bench");
    List<String> replaced = new ArrayList<>();
    List<String> copied = new ArrayList<>();
    Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    Set<String> processIds = new HashSet<>();
    for (String resource : repository.getDeploymentResourceNames(source.getDeploymentId())) {
      if (resource.endsWith(".bpmn") || resource.endsWith(".bpmn20.xml")) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
            repository.getResourceAsStream(source.getDeploymentId(), resource));
        models.put(resource, model);
        model.getModelElementsByType(Process.class).forEach(p -> processIds.add(p.getId()));
      }
    }
    for (String resource : repository.getDeploymentResourceNames(source.getDeploymentId())) {
      byte[] bytes = read(repository.getResourceAsStream(source.getDeploymentId(), resource));
      if (models.containsKey(resource)) {
        BpmnModelInstance model = models.get(resource);
        replaced.addAll(noOps(model, processIds));
        String name = resource.replace(".bpmn", CeilingPath.KEY_SUFFIX + ".bpmn");
        deployment.addModelInstance(name, model);
        copied.add(resource + " -> " + name);
      } else {
        deployment.addInputStream(resource, new java.io.ByteArrayInputStream(bytes));
        copied.add(resource);
      }
    }
    String id = deployment.deploy().getId();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sourceProcess", source.getKey() + ":" + source.getVersion());
    out.put("sourceDeployment", source.getDeploymentId());
    out.put("processKey", CeilingPath.ceilingKey());
    out.put("deploymentId", id);
    out.put("resources", copied);
    out.put("replacedWithNoop", replaced);
    out.put("noopExpression", CeilingPath.NOOP_EXPRESSION);
    out.put("startVariables", CeilingPath.startVariables("C-…"));
    out.put("completedEndEvent", CeilingPath.COMPLETED_END_EVENT);
    deployed = out;
    return out;
  }

  /**
   * Starts one straight-through instance in one transaction (as intake does): start, SlaPolicy in
   * the start transaction, then the due dates the SLA timers read.
   */
  String start() {
    String key = "C-" + started.incrementAndGet();
    return transaction.execute(status -> {
      ProcessInstanceWithVariables instance = runtime
          .createProcessInstanceByKey(CeilingPath.ceilingKey()).businessKey(key)
          .setVariables(CeilingPath.startVariables(key)).executeWithVariablesInReturn();
      if (instance.getVariables().containsKey("firstResponseHours")) {
        // the model as of 3.0 before the record carried the dates (kept for A/B baselines)
        runtime.setVariables(instance.getId(), CeilingPath.dueDates(instance.getVariables()));
      }
      return instance.getId();
    });
  }

  private static List<String> noOps(BpmnModelInstance model, Set<String> copiedProcesses) {
    List<String> replaced = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setId(process.getId() + CeilingPath.KEY_SUFFIX);
      process.setName((process.getName() == null ? process.getId() : process.getName())
          + " [bench ceiling: no-op delegates]");
    }
    // a call activity to a process of the same deployment calls its copy (binding deployment)
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (copiedProcesses.contains(call.getCalledElement())) {
        call.setCalledElement(call.getCalledElement() + CeilingPath.KEY_SUFFIX);
        replaced.add("callActivity " + call.getId() + " -> " + call.getCalledElement());
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      boolean implemented = false;
      for (String attribute : List.of("class", "delegateExpression", "expression", "type")) {
        if (element.getAttributeValueNs(CAMUNDA_NS, attribute) != null) {
          implemented = true;
        }
      }
      if (implemented) {
        for (String attribute : IMPL_ATTRIBUTES) {
          element.removeAttributeNs(CAMUNDA_NS, attribute);
        }
        element.removeAttributeNs(CAMUNDA_NS, "type");
        element.removeAttributeNs(CAMUNDA_NS, "topic");
        element.setAttributeValueNs(CAMUNDA_NS, "delegateExpression", CeilingPath.NOOP_EXPRESSION);
        replaced.add(element.getElementType().getTypeName() + " " + element.getId());
      }
    }
    // the app's timers and tasks read the case's record (${caseSla…}); a ceiling instance has
    // none: its SLA dates are a month away (on the straight-through path no timer fires)
    for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
      if (date.getTextContent().contains("caseSla.")) {
        date.setTextContent(CeilingPath.FAR_AWAY_EXPRESSION);
        replaced.add("timeDate of " + ((BaseElement) date.getParentElement().getParentElement()).getId());
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      for (String attribute : List.of("dueDate", "followUpDate")) {
        String value = task.getAttributeValueNs(CAMUNDA_NS, attribute);
        if (value != null && value.contains("caseSla.")) {
          task.setAttributeValueNs(CAMUNDA_NS, attribute, CeilingPath.FAR_AWAY_EXPRESSION);
        }
      }
      String groups = task.getAttributeValueNs(CAMUNDA_NS, "candidateGroups");
      if (groups != null && groups.contains("caseSla.")) {
        task.setAttributeValueNs(CAMUNDA_NS, "candidateGroups", "support-agents");
      }
    }
    for (CamundaExecutionListener l : model.getModelElementsByType(CamundaExecutionListener.class)) {
      noOpListener(l, l.getCamundaEvent());
      replaced.add("executionListener(" + l.getCamundaEvent() + ") on " + owner(l));
    }
    for (CamundaTaskListener l : model.getModelElementsByType(CamundaTaskListener.class)) {
      noOpListener(l, l.getCamundaEvent());
      replaced.add("taskListener(" + l.getCamundaEvent() + ") on " + owner(l));
    }
    return replaced;
  }

  private static void noOpListener(ModelElementInstance listener, String event) {
    listener.removeAttributeNs(CAMUNDA_NS, "class");
    listener.removeAttributeNs(CAMUNDA_NS, "expression");
    Collection<CamundaScript> scripts = listener.getChildElementsByType(CamundaScript.class);
    scripts.forEach(listener::removeChildElement);
    listener.setAttributeValueNs(CAMUNDA_NS, "delegateExpression", CeilingPath.NOOP_EXPRESSION);
  }

  private static String owner(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (e != null && !(e instanceof BaseElement)) {
      e = e.getParentElement();
    }
    return e == null ? "?" : ((BaseElement) e).getId();
  }

  private static byte[] read(InputStream in) {
    try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
