package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
        CALLER_STEPS.getBytes(StandardCharsets.UTF_8)));

    // Then only the first may run without a job
    assertThat(TransactionBoundaries.check(model)).containsExactly("Task_Later: side effect in"
        + " the transaction of a person's completion (Task_Look): it must run in a job with a"
        + " retry cycle");
  }

  private static final String CALLER_STEPS = """
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Caller"
          targetNamespace="https://pointsdesk.example/test">
        <bpmn:process id="CallerSteps" isExecutable="true">
          <bpmn:startEvent id="StartEvent_Called"><bpmn:outgoing>Flow_A</bpmn:outgoing></bpmn:startEvent>
          <bpmn:serviceTask id="Task_TakeIn" camunda:expression="${true}">
            <bpmn:extensionElements><camunda:properties>
              <camunda:property name="transaction" value="caller" />
            </camunda:properties></bpmn:extensionElements>
            <bpmn:incoming>Flow_A</bpmn:incoming><bpmn:outgoing>Flow_B</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:userTask id="Task_Look">
            <bpmn:incoming>Flow_B</bpmn:incoming><bpmn:outgoing>Flow_C</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:serviceTask id="Task_Later" camunda:expression="${true}">
            <bpmn:extensionElements><camunda:properties>
              <camunda:property name="transaction" value="caller" />
            </camunda:properties></bpmn:extensionElements>
            <bpmn:incoming>Flow_C</bpmn:incoming><bpmn:outgoing>Flow_D</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_D</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_A" sourceRef="StartEvent_Called" targetRef="Task_TakeIn" />
          <bpmn:sequenceFlow id="Flow_B" sourceRef="Task_TakeIn" targetRef="Task_Look" />
          <bpmn:sequenceFlow id="Flow_C" sourceRef="Task_Look" targetRef="Task_Later" />
          <bpmn:sequenceFlow id="Flow_D" sourceRef="Task_Later" targetRef="EndEvent_Done" />
        </bpmn:process>
      </bpmn:definitions>""";

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
