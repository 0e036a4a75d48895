package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysts' models follow the house rules: meaningful ids, names, historyTimeToLive, full
 * diagram interchange, forms that exist; every side effect in a job with a retry cycle and no
 * save point inside a running job; joins by gateways and labels clear of the lines.
 */
class ModelConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Path SLOPPY = Path.of("src/test/resources/models/SloppyModel.bpmn");

  private final ModelConventions conventions = new ModelConventions(FORMS);

  static Stream<Path> bpmnModels() throws IOException {
    return models(".bpmn");
  }

  static Stream<Path> dmnModels() throws IOException {
    return models(".dmn");
  }

  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyProcessModelFollowsTheConventions(Path model) {
    assertThat(conventions.checkBpmn(model)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dmnModels")
  void everyDecisionModelFollowsTheConventions(Path model) {
    assertThat(conventions.checkDmn(model)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyBeanAModelNamesIsAClassInWorkflowNamedAfterIt(Path model) {
    for (String bean : ModelConventions.beanNames(model)) {
      String className = "com.pointsdesk.workflow."
          + Character.toUpperCase(bean.charAt(0)) + bean.substring(1);
      assertThat(exists(className)).as("class %s for ${%s}", className, bean).isTrue();
    }
  }

  @Test
  void theCheckerCatchesASloppyModel() {
    List<String> violations = conventions.checkBpmn(SLOPPY);

    // names, ids, history, diagram, forms
    assertThat(violations).anyMatch(v -> v.startsWith("Activity_0x1y2z3: generated id"));
    assertThat(violations).anyMatch(v -> v.startsWith("Flow_1abcd9e: generated id"));
    assertThat(violations).anyMatch(v -> v.contains("without historyTimeToLive"));
    assertThat(violations).anyMatch(v -> v.startsWith("Task_ReviewIt: no diagram shape"));
    assertThat(violations).anyMatch(v -> v.contains("formRef 'NoSuchForm' has no form"));
    assertThat(violations).anyMatch(v -> v.startsWith("EndEvent_Done: has no name"));
    // save points: side effects in a job with retries, no boundary inside a running job
    assertThat(violations).contains(
        "Task_BookPoints: side effect in the transaction of the process start (StartEvent_Begin):"
            + " it must run in a job with a retry cycle",
        "Task_Pay: async boundary inside the job of Task_Check: steps of one job need no save"
            + " point between them",
        "Task_Notify: async boundary inside the job of Task_Pay: steps of one job need no save"
            + " point between them",
        "Task_Notify: a job without failedJobRetryTimeCycle",
        "BoundaryEvent_Remind: a job without failedJobRetryTimeCycle",
        "Task_ReviewIt: async boundary before a wait state or gateway");
    // while the first boundary after the caller and a step in a timer's job are as they should be
    assertThat(violations).filteredOn(v -> !v.contains("diagram"))
        .noneMatch(v -> v.startsWith("Task_Check:") || v.startsWith("Task_Remind:"));
    // a diagram a supervisor can read
    assertThat(violations).contains("Task_Notify: joins 2 flows without a gateway",
        "Gateway_Both: a gateway that both joins and forks",
        "Flow_ToCheck: label on the line of Flow_ToReview");
  }

  @Test
  void onlyTheStartersOwnRequestMayRunInTheTransactionOfTheStart() {
    // Given two steps that declare they are the caller's request: one right after the start (the
    // hotline intake), one after a person's completion
    BpmnModelInstance model = Bpmn.createExecutableProcess("CallerSteps")
        .startEvent("StartEvent_Called")
        .serviceTask("Task_TakeIn").camundaExpression("${true}")
        .userTask("Task_Look")
        .serviceTask("Task_Later").camundaExpression("${true}")
        .endEvent("EndEvent_Done").done();
    for (String step : List.of("Task_TakeIn", "Task_Later")) {
      CamundaProperty caller = model.newInstance(CamundaProperty.class);
      caller.setCamundaName("transaction");
      caller.setCamundaValue("caller");
      CamundaProperties properties = model.newInstance(CamundaProperties.class);
      properties.getCamundaProperties().add(caller);
      ((ServiceTask) model.getModelElementById(step)).builder().addExtensionElement(properties);
    }

    // Then only the first may run without a job
    assertThat(TransactionBoundaries.check(model)).containsExactly("Task_Later: side effect in"
        + " the transaction of a person's completion (Task_Look): it must run in a job with a"
        + " retry cycle");
  }

  private static Stream<Path> models(String suffix) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(PROCESSES)) {
      files = list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
    assertThat(files).as("models in processes/").isNotEmpty();
    return files.stream();
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
