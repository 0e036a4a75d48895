package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysts' models follow the house rules: meaningful ids, names, historyTimeToLive, full
 * diagram interchange, forms that exist, and async + retry on every task with side effects.
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

    assertThat(violations).anyMatch(v -> v.startsWith("Activity_0x1y2z3: generated id"));
    assertThat(violations).anyMatch(v -> v.startsWith("Flow_1abcd9e: generated id"));
    assertThat(violations).anyMatch(v -> v.contains("without historyTimeToLive"));
    assertThat(violations).anyMatch(v -> v.startsWith("Task_ReviewIt: no diagram shape"));
    assertThat(violations).anyMatch(v -> v.contains("formRef 'NoSuchForm' has no form"));
    assertThat(violations).anyMatch(v -> v.equals(
        "Task_BookPoints: side-effect task without an async boundary"));
    assertThat(violations).anyMatch(v -> v.equals(
        "Task_BookPoints: side-effect task without failedJobRetryTimeCycle"));
    assertThat(violations).anyMatch(v -> v.startsWith("Task_ReviewIt: async boundary before"));
    assertThat(violations).anyMatch(v -> v.startsWith("EndEvent_Done: has no name"));
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
