package com.pointsdesk.security;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Both HTTP APIs use Basic auth against the engine's identities (DESIGN "Public API v1"), and on
 * the Camunda REST API each group sees only its own work.
 */
class ApiSecurityTest extends ScenarioTest {

  /**
   * A user only this class logs in as wrongly: the engine locks a user out for a while after a
   * failed login, which must not hit the demo users the other tests work with.
   */
  private static final String PROBE = "securityprobe";

  @BeforeEach
  void aUserToFailLoggingInAs() {
    if (identityService.createUserQuery().userId(PROBE).count() == 0) {
      User probe = identityService.newUser(PROBE);
      probe.setPassword("the-right-password");
      identityService.saveUser(probe);
      identityService.createMembership(PROBE, Groups.CHANNEL_INTEGRATIONS);
    }
  }

  // --- authentication --------------------------------------------------------------------

  @Test
  void apiV1WithoutCredentialsIs401ProblemWithABasicChallenge() {
    ResponseEntity<Map<String, Object>> response = getAs(http, "/api/v1/members/T1/points");

    assertProblem(response, HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void apiV1WithAWrongPasswordIs401Problem() {
    ResponseEntity<Map<String, Object>> response = getAs(
        http.withBasicAuth(PROBE, "a-wrong-password"), "/api/v1/members/T1/points");

    assertProblem(response, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anAnalystMayNotUseApiV1() {
    ResponseEntity<Map<String, Object>> response = get("analyst", "/api/v1/members/U10001/points");

    assertProblem(response, HttpStatus.FORBIDDEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-instance"})
  void engineRestWithoutCredentialsIs401WithABasicChallenge(String path) {
    ResponseEntity<String> response = http.getForEntity(path, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void engineRestWithAWrongPasswordIs401() {
    ResponseEntity<String> response = http.withBasicAuth(PROBE, "a-wrong-password")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // --- who sees which task ---------------------------------------------------------------

  @Test
  void anAgentSeesTheReviewTaskOfSupportAgents() {
    String caseNumber = caseUnderReview(1234);

    assertThat(tasksOf("agent", caseNumber)).extracting(t -> t.get("taskDefinitionKey"))
        .containsExactly("Task_ReviewComplaint");
  }

  @Test
  void anAgentDoesNotSeeTheApprovalTaskOfSeniorAgents() {
    // Given a remedy above the agent's limits, waiting for a senior agent's approval
    String caseNumber = caseAwaitingApproval();
    Task approval = awaitTask(caseNumber, "Task_ApproveRemedy");

    // Then the senior agents see it, and the agent neither finds it nor can open it
    assertThat(tasksOf("senior", caseNumber)).extracting(t -> t.get("id"))
        .containsExactly(approval.getId());
    assertThat(tasksOf("agent", caseNumber)).isEmpty();
    // for the agent the task does not exist
    assertThat(http.withBasicAuth("agent", "agent")
        .getForEntity("/engine-rest/task/" + approval.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aChannelIntegrationSeesNoTasksAtAll() {
    String caseNumber = caseUnderReview(1234);

    assertThat(tasksOf("intake", caseNumber)).isEmpty();
    assertThat(getAs(http.withBasicAuth("intake", "intake"), "/engine-rest/task/count").getBody())
        .containsEntry("count", 0);
  }

  @Test
  void anAgentOpensTheDeployedFormOfItsReviewTaskWithTheBriefing() {
    // Given a case under review about 1 234 vanished points
    String caseNumber = caseUnderReview(1234);
    String task = awaitTask(caseNumber, "Task_ReviewComplaint").getId();
    TestRestTemplate agent = http.withBasicAuth("agent", "agent");

    // When the agent's Tasklist loads the form and its variables
    ResponseEntity<Map<String, Object>> form =
        getAs(agent, "/engine-rest/task/" + task + "/deployed-form");
    ResponseEntity<Map<String, Map<String, Object>>> variables = agent.exchange(
        "/engine-rest/task/" + task + "/form-variables", HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});

    // Then it is the review form, and the briefing shows the points at stake
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).containsEntry("id", "ReviewComplaintForm");
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(variables.getBody()).containsKeys("briefingClaim", "briefingFindings",
        "briefingLedger", "briefingSuggestion");
    assertThat((String) variables.getBody().get("briefingFindings").get("value"))
        .contains("VERIFIED").contains("1234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/demo/mailbox", "/demo;x=1/mailbox", "/%64emo/mailbox"})
  void theDemoMailboxIsForStaffHoweverItsPathIsSpelt(String path) {
    ResponseEntity<String> response = http.withBasicAuth("intake", "intake").getRestTemplate()
        .exchange(java.net.URI.create(http.getRootUri() + path), HttpMethod.GET, null,
            String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- helpers ---------------------------------------------------------------------------

  /** 6 000 points to restore is above the agent's limit of 5 000: a senior agent approves. */
  private String caseAwaitingApproval() {
    String caseNumber = caseUnderReview(6000);
    completeAs("agent", awaitTask(caseNumber, "Task_ReviewComplaint"),
        Map.of("reviewDecision", "ACCEPT"));
    return caseNumber;
  }

  private List<Map<String, Object>> tasksOf(String user, String caseNumber) {
    ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, user).exchange(
        "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode()).as("%s", response).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static ResponseEntity<Map<String, Object>> getAs(TestRestTemplate client,
      String path) {
    return client.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
  }
}
