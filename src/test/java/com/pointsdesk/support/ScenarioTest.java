package com.pointsdesk.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the scenario tests: the real application (demo identities and ledger fixtures, H2 in
 * memory, job executor on) behind a random port, and a real SMTP server (GreenMail) that
 * receives what the outbox relay sends. All subclasses share one Spring context and database,
 * so each test works on its own members ({@link TestMembers}) or on one demo member no other
 * test touches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class ScenarioTest {

  protected static final Duration PATIENCE = Duration.ofSeconds(30);

  /** One SMTP server for the whole test JVM, on a free port. */
  protected static final GreenMail MAIL = startMail();

  @Autowired protected TestRestTemplate http;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected IdentityService identityService;
  @Autowired protected TestMembers members;
  @Autowired private ProcessEngine processEngine;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  /**
   * Camunda's REST API finds "the default engine" in the JVM-wide {@link ProcessEngines}
   * registry. Several cached Spring contexts (H2, PostgreSQL, spies) each own an engine named
   * default, and the last one started wins the registry; point it back at this test's engine.
   */
  /**
   * Mails sent before the current test began are other tests': every context numbers its cases
   * from PD-2026-000001, and all of them send to the one GreenMail server.
   */
  private static volatile Date testStarted = new Date(0);

  @BeforeEach
  void mailsSentBeforeThisTestAreNotItsOwn() {
    // the Date header has seconds only
    testStarted = Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  @BeforeEach
  void thisContextsEngineServesTheRestApi() {
    ProcessEngines.registerProcessEngine(processEngine);
  }

  private static GreenMail startMail() {
    ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
    GreenMail mail = new GreenMail(smtp);
    mail.start();
    // stopped after Spring Boot has closed every context, so no outbox relay sends into a
    // server that is already gone (a JVM shutdown hook would run concurrently with the closing)
    SpringApplication.getShutdownHandlers().add(mail::stop);
    return mail;
  }

  // --- API -------------------------------------------------------------------------------

  protected ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return post(user, path, body, null);
  }

  protected ResponseEntity<Map<String, Object>> post(String user, String path, Object body,
      String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {});
  }

  protected ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
  }

  protected String fileComplaint(Map<String, Object> complaint) {
    ResponseEntity<Map<String, Object>> response = post("intake", "/api/v1/complaints", complaint);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("Complaint refused: " + response);
    }
    return (String) response.getBody().get("caseNumber");
  }

  protected Map<String, Object> caseView(String caseNumber) {
    return get("intake", "/api/v1/complaints/" + caseNumber).getBody();
  }

  protected Map<String, Object> awaitStatus(String caseNumber, String status) {
    await().atMost(PATIENCE).until(() -> status.equals(caseView(caseNumber).get("status")));
    return caseView(caseNumber);
  }

  @SuppressWarnings("unchecked")
  protected List<Map<String, Object>> ledgerEntries(String memberId) {
    return (List<Map<String, Object>>) get("intake", "/api/v1/members/" + memberId + "/points")
        .getBody().get("entries");
  }

  protected List<Map<String, Object>> entriesWithKey(String memberId, String key) {
    return ledgerEntries(memberId).stream().filter(e -> key.equals(e.get("idempotencyKey")))
        .toList();
  }

  // --- Tasklist --------------------------------------------------------------------------

  /** A fresh member's verified complaint about vanished points, waiting at the agent's review. */
  protected String caseUnderReview(int points) {
    String member = members.newMember();
    members.unexplainedDebit(member, points, OffsetDateTime.parse("2026-11-18T08:00:00+08:00"));
    String caseNumber = fileComplaint(ComplaintBodies.unexplainedDeduction(member, points));
    awaitTask(caseNumber, "Task_ReviewComplaint");
    return caseNumber;
  }

  protected Task awaitTask(String caseNumber, String taskDefinitionKey) {
    await().atMost(PATIENCE).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskDefinitionKey)
        .count() == 1);
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** A call of the REST API Tasklist uses ({@code /engine-rest}), as the given user. */
  protected ResponseEntity<Map<String, Object>> engineRest(String user, HttpMethod method,
      String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/engine-rest" + path, method,
        new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {});
  }

  /** Camunda's variable JSON: {"name": {"value": …}} (the type follows from the value). */
  protected static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, typed(value)));
    return variables;
  }

  protected static Map<String, Object> typed(Object value) {
    return Map.of("value", value);
  }

  /** Claims and completes a task as the given user, the way Tasklist does. */
  protected void completeAs(String userId, Task task, Map<String, Object> formValues) {
    taskService.claim(task.getId(), userId);
    identityService.setAuthenticatedUserId(userId);
    try {
      taskService.complete(task.getId(), formValues);
    } finally {
      identityService.clearAuthentication();
    }
  }

  // --- Mail ------------------------------------------------------------------------------

  protected List<MimeMessage> awaitMails(String caseNumber, int count) {
    await().atMost(PATIENCE).until(() -> mailsOf(caseNumber).size() >= count);
    return mailsOf(caseNumber);
  }

  protected static List<MimeMessage> mailsOf(String caseNumber) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        String[] header = m.getHeader("X-PointsDesk-Case");
        return header != null && caseNumber.equals(header[0])
            && (m.getSentDate() == null || !m.getSentDate().before(testStarted));
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    }).toList();
  }
}
