package com.pointsdesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The ceiling: the app's own model, copied at run time under another process key with every
 * delegate and listener replaced by a no-op, and deployed together with copies of the other
 * resources of the app's deployment (RemedyPolicy.dmn, forms), because business-rule tasks and
 * forms bind by deployment. Async boundaries, timers, gateways, DMN tasks and I/O mappings are
 * kept, so the copy has the same jobs and transactions as the real path.
 */
@Component
class Ceiling {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final List<String> IMPL_ATTRIBUTES = List.of("class", "delegateExpression",
      "expression", "resultVariable");

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final AtomicLong started = new AtomicLong();
  private volatile Map<String, Object> deployed;

  Ceiling(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
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
    for (String resource : repository.getDeploymentResourceNames(source.getDeploymentId())) {
      byte[] bytes = read(repository.getResourceAsStream(source.getDeploymentId(), resource));
      if (resource.endsWith(".bpmn") || resource.endsWith(".bpmn20.xml")) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(bytes));
        replaced.addAll(noOps(model));
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

  /** Starts one straight-through instance in one transaction (as intake does). */
  String start() {
    String key = "C-" + started.incrementAndGet();
    return runtime.createProcessInstanceByKey(CeilingPath.ceilingKey()).businessKey(key)
        .setVariables(CeilingPath.startVariables(key)).execute().getId();
  }

  private static List<String> noOps(BpmnModelInstance model) {
    List<String> replaced = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setId(process.getId() + CeilingPath.KEY_SUFFIX);
      process.setName((process.getName() == null ? process.getId() : process.getName())
          + " [bench ceiling: no-op delegates]");
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
