package com.pointsdesk.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The house rules for the analysts' models, as a checker that lists every violation: ids, names,
 * historyTimeToLive, diagram interchange, forms, the save points ({@link TransactionBoundaries})
 * and a readable diagram ({@link DiagramChecks}). The model test runs it over {@code processes/}
 * and over a deliberately sloppy model, so the rules are known to bite.
 */
final class ModelConventions {

  /** Prefix_MeaningfulName, e.g. Task_RestorePoints, Gateway_EvidenceSufficient, Msg_X. */
  private static final Pattern MEANINGFUL_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]+");
  /** What Modeler generates: Activity_0x1y2z3, Flow_1abcd9e, Gateway_0k2l3m4, Event_1. */
  private static final Pattern GENERATED_ID = Pattern.compile(".*_([0-9][0-9a-z]{6}|[0-9]+)");
  /** Process and decision keys: ComplaintHandling, RemedyPolicy. */
  private static final Pattern PROCESS_KEY = Pattern.compile("[A-Z][A-Za-z0-9]+");
  private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");

  private final Set<String> formIds;

  ModelConventions(Path formsFolder) {
    this.formIds = formIds(formsFolder);
  }

  List<String> checkBpmn(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> violations = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(process.getId() + ": executable process without historyTimeToLive");
      }
    }
    checkIds(model.getModelElementsByType(BaseElement.class).stream()
        .filter(e -> !(e instanceof Process)).map(BaseElement::getId).toList(), violations);
    model.getModelElementsByType(Process.class).stream()
        .filter(p -> !PROCESS_KEY.matcher(p.getId()).matches())
        .forEach(p -> violations.add(p.getId() + ": process key is not a PascalCase name"));
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class)
        .forEach(s -> shapes.add(s.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getWaypoints().size() >= 2)
        .forEach(e -> edges.add(e.getBpmnElement().getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node.getName() == null || node.getName().isBlank()) {
        violations.add(node.getId() + ": has no name");
      }
      if (!shapes.contains(node.getId())) {
        violations.add(node.getId() + ": no diagram shape (will not render)");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        violations.add(flow.getId() + ": no diagram edge (will not render)");
      }
      if ((flow.getSource() instanceof ExclusiveGateway
          || flow.getSource() instanceof InclusiveGateway)
          && flow.getSource().getOutgoing().size() > 1
          && (flow.getName() == null || flow.getName().isBlank())) {
        violations.add(flow.getId() + ": a gateway's outgoing flow needs a name");
      }
    }
    violations.addAll(TransactionBoundaries.check(model));
    violations.addAll(DiagramChecks.check(model));
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkFormRef(task.getId(), task.getCamundaFormRef(), violations);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkFormRef(start.getId(), start.getCamundaFormRef(), violations);
    }
    return violations;
  }

  List<String> checkDmn(Path file) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    List<String> violations = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(decision.getId() + ": decision without historyTimeToLive");
      }
      if (decision.getName() == null || decision.getName().isBlank()) {
        violations.add(decision.getId() + ": decision without a name");
      }
      // decision keys are what BPMN and Java refer to; rule and cell ids are Modeler's business
      if (!PROCESS_KEY.matcher(decision.getId()).matches()) {
        violations.add(decision.getId() + ": decision key is not a PascalCase name");
      }
    }
    return violations;
  }

  /** Every {@code ${bean}} a model names must be a class in workflow/ (delegate or listener). */
  static List<String> beanNames(Path file) {
    try {
      Matcher m = BEAN.matcher(Files.readString(file));
      List<String> beans = new ArrayList<>();
      while (m.find()) {
        if (m.group(1).endsWith("Delegate") || m.group(1).endsWith("Listener")) {
          beans.add(m.group(1));
        }
      }
      return beans.stream().distinct().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkFormRef(String elementId, String formRef, List<String> violations) {
    if (formRef != null && !formRef.startsWith("${") && !formIds.contains(formRef)) {
      violations.add(elementId + ": formRef '" + formRef + "' has no form in forms/");
    }
  }

  private static void checkIds(Collection<String> ids, List<String> violations) {
    for (String id : ids) {
      if (id == null) {
        continue;
      }
      if (GENERATED_ID.matcher(id).matches()) {
        violations.add(id + ": generated id; name it after its meaning");
      } else if (!MEANINGFUL_ID.matcher(id).matches()) {
        violations.add(id + ": id is not Prefix_MeaningfulName");
      }
    }
  }

  private static Set<String> formIds(Path formsFolder) {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(formsFolder)) {
      Set<String> ids = new HashSet<>();
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        ids.add(json.readTree(form.toFile()).path("id").asText());
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
