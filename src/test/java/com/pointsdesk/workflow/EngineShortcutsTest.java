package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pointsdesk.support.ScenarioTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultImpl;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine shortcuts of the straight-through path (docs/performance.md) change what Camunda
 * queries and serializes, never what it decides: a business-rule task still evaluates the
 * decision of its own deployment after an analyst deploys an edited one, and a decision result
 * is still never stored as a variable.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class EngineShortcutsTest extends ScenarioTest {

  private static final String POLICY = "SlaPolicy.dmn";

  @Autowired RepositoryService repository;

  private final List<String> startedHere = new java.util.ArrayList<>();
  private Deployment edited;

  @AfterEach
  void removeWhatTheTestStarted() {
    startedHere.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test", true,
        true, true, true));
    if (edited != null) {
      repository.deleteDeployment(edited.getId(), true, true, true);
    }
  }

  @Test
  void eachDeploymentsBusinessRuleTaskEvaluatesThatDeploymentsPolicyAfterAnAnalystsEdit()
      throws IOException {
    ProcessDefinition original = latestComplaintHandling();
    assertThat(firstResponseHours(original)).isEqualTo(24);

    // When an analyst deploys the models again with a 12-hour first response
    edited = redeployWithPolicy(original, policyOf(original)
        .replace("<outputEntry id=\"Out_Default_1\"><text>24</text>",
            "<outputEntry id=\"Out_Default_1\"><text>12</text>"));
    ProcessDefinition next = latestComplaintHandling();
    assertThat(next.getDeploymentId()).isEqualTo(edited.getId());

    // Then new cases get the edited table, the first time and every time after
    assertThat(firstResponseHours(next)).isEqualTo(12);
    assertThat(firstResponseHours(next)).isEqualTo(12);
    // and a case of the earlier version still the table deployed with it
    assertThat(firstResponseHours(original)).isEqualTo(24);
  }

  @Test
  void aDecisionResultIsRefusedAsAStoredVariableInsteadOfJavaSerialized() {
    String id = start(latestComplaintHandling()).getId();
    var result = new DmnDecisionResultImpl(List.of());

    assertThatThrownBy(() -> runtimeService.setVariable(id, "decisionResult",
        Variables.objectValue(result).create()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("transient variable only");
    assertThat(runtimeService.getVariable(id, "decisionResult")).isNull();
  }

  // --- helpers ---------------------------------------------------------------------------

  private int firstResponseHours(ProcessDefinition definition) {
    return ((Number) start(definition).getVariables().get("firstResponseHours")).intValue();
  }

  /** Starts an instance as intake does, without a case: its job never runs in this context. */
  private ProcessInstanceWithVariables start(ProcessDefinition definition) {
    ProcessInstanceWithVariables instance = runtimeService
        .createProcessInstanceById(definition.getId())
        .businessKey("PD-TEST-" + System.nanoTime())
        .setVariables(Map.of("category", "UNEXPLAINED_DEDUCTION", "priority", "NORMAL",
            "publicPost", false, "externalEscalation", false, "evidenceRequested", false))
        .setVariable("channel", Variables.stringValue("IN_APP", true))
        .executeWithVariablesInReturn();
    startedHere.add(instance.getId());
    return instance;
  }

  private ProcessDefinition latestComplaintHandling() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("ComplaintHandling")
        .latestVersion().singleResult();
  }

  private String policyOf(ProcessDefinition definition) throws IOException {
    try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(),
        resourceNamed(definition, POLICY))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Deployment redeployWithPolicy(ProcessDefinition definition, String policy) {
    DeploymentBuilder builder = repository.createDeployment().name("edited SLA policy");
    for (String name : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
      builder.addInputStream(name, name.endsWith(POLICY)
          ? new ByteArrayInputStream(policy.getBytes(StandardCharsets.UTF_8))
          : repository.getResourceAsStream(definition.getDeploymentId(), name));
    }
    return builder.deploy();
  }

  private String resourceNamed(ProcessDefinition definition, String fileName) {
    return repository.getDeploymentResourceNames(definition.getDeploymentId()).stream()
        .filter(name -> name.endsWith(fileName)).findFirst().orElseThrow();
  }
}
