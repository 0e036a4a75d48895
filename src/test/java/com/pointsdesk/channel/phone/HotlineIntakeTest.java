package com.pointsdesk.channel.phone;

import static com.pointsdesk.support.HotlineCallForms.u10003sFailedRedemption;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.support.ScenarioTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Seed step 4, the hotline: an agent takes a member's call in Tasklist ("Start process" with the
 * start form HotlineComplaintForm), here through the REST API Tasklist uses, and the complaint
 * goes through the same intake as every channel. This class has its own context with the job
 * executor off, so a case stays open until the test runs its job: a second call meets it open.
 * Its outbox relay is off too: its case numbers repeat those of the other contexts, whose tests
 * find their mails in the shared mail server by case number.
 */
@TestPropertySource(properties = {"pointsdesk.test.context=hotline",
    "camunda.bpm.job-execution.enabled=false", "pointsdesk.notification.relay-enabled=false"})
class HotlineIntakeTest extends ScenarioTest {

  private static final String PASSWORD = "884213";
  private static final String PHONE = "13812345678";

  @Autowired RepositoryService repository;

  @Test
  void anAgentTakesU10003sFailedRedemptionByPhoneAndASecondCallJoinsTheOpenCase() {
    // Given U10003's membership-card redemption failed and the 3 000 points were never refunded
    // When the agent takes the member's call with the start form
    ResponseEntity<Map<String, Object>> first = takeCall("agent", u10003sFailedRedemption());

    // Then the call's instance has ended at once, under the number of a new phone case
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("ended", true);
    String caseNumber = (String) first.getBody().get("businessKey");
    Map<String, Object> view = caseView(caseNumber);
    assertThat(view).containsEntry("memberId", "U10003")
        .containsEntry("category", "REDEMPTION_FAILED").containsEntry("channels", List.of("PHONE"));
    // with the agent of the login on its timeline, and its own ComplaintHandling instance
    assertThat(timeline(caseNumber)).contains("RECEIVED: Received via PHONE",
        "TAKEN_BY_PHONE: 电话受理 · Taken by phone by agent agent");
    assertThat(complaintHandling(caseNumber)).hasSize(1);

    // When the member calls again about the same order and a senior agent takes that call
    ResponseEntity<Map<String, Object>> second = takeCall("senior", u10003sFailedRedemption());

    // Then it joins the open case: still exactly one ComplaintHandling instance, ever
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody()).containsEntry("businessKey", caseNumber);
    assertThat(complaintHandling(caseNumber)).hasSize(1);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("ComplaintHandling").processInstanceBusinessKey(caseNumber).count())
        .isOne();
    assertThat(timeline(caseNumber)).contains(
        "MERGED: Same complaint again via PHONE: 兑换会员月卡失败，3000积分被扣",
        "TAKEN_BY_PHONE: 电话受理 · Taken by phone by agent senior");

    // When the case's job runs (the job executor is off here)
    String instance = complaintHandling(caseNumber).get(0).getId();
    managementService.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    // Then it went straight through like any case: the 3 000 points are back, once
    assertThat(caseView(caseNumber)).containsEntry("status", "RESOLVED");
    assertThat(entriesWithKey("U10003", caseNumber + ":RESTORE"))
        .extracting(e -> e.get("amount")).containsExactly(3000);
  }

  @Test
  void whatElseTheSubmissionCarriesChangesNothing() {
    // Given a member whose redemption failed, and a call whose submission carries more than the
    // form: another agent, a priority, flags, a channel, a case number and a business key
    Map<String, Object> call = callAboutAFailedRedemption();
    call.put("agentId", "senior");
    call.put("initiator", "senior");
    call.put("priority", "HIGH");
    call.put("externalEscalation", true);
    call.put("publicPost", true);
    call.put("channel", "WEIBO");
    call.put("caseNumber", "PD-2026-999999");

    // When the agent submits it (by the process's key, as a REST client may)
    ResponseEntity<Map<String, Object>> response = engineRest("agent", HttpMethod.POST,
        "/process-definition/key/HotlineIntake/submit-form",
        Map.of("variables", typed(call), "businessKey", "PD-2026-999999"));

    // Then it is an ordinary phone case of its own number, taken by the agent who is logged in
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseNumber = (String) response.getBody().get("businessKey");
    assertThat(caseNumber).isNotEqualTo("PD-2026-999999").startsWith("PD-");
    assertThat(caseView(caseNumber)).containsEntry("priority", "NORMAL")
        .containsEntry("externalEscalation", false).containsEntry("channels", List.of("PHONE"));
    assertThat(timeline(caseNumber)).contains("TAKEN_BY_PHONE: 电话受理 · Taken by phone by agent agent")
        .noneMatch(entry -> entry.contains("senior") || entry.contains("WEIBO"));
    // and its process holds the intake's variables, with the intake's values
    Map<String, Object> variables = runtimeService.getVariables(
        complaintHandling(caseNumber).get(0).getId());
    assertThat(variables).containsEntry("priority", "NORMAL").containsEntry("publicPost", false)
        .containsEntry("externalEscalation", false)
        .doesNotContainKeys("agentId", "initiator", "caseNumber", "channel", "memberId");
  }

  @Test
  void invalidInputIsRefusedWithAReadableMessageAndCreatesNothing() {
    // Given what exists before
    long cases = cases();
    long calls = hotlineCalls();
    Map<String, Object> call = u10003sFailedRedemption();
    call.put("summary", "  ");
    call.put("category", "POINTS_STOLEN");
    call.put("orderId", "R 2026/11");
    call.put("pointsClaimed", 12.5);

    // When the agent submits fields the API would refuse, then the start is refused with each
    ResponseEntity<Map<String, Object>> refused = takeCall("agent", call);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains("Not taken in, nothing was stored").contains("category: must be one of [")
        .contains("orderId: must be an order number")
        .contains("pointsClaimed: must be a whole number").contains("summary: must not be blank");

    // When the agent mistypes the member, then that is refused too
    Map<String, Object> unknown = u10003sFailedRedemption();
    unknown.put("memberId", "U99999");
    ResponseEntity<Map<String, Object>> notFound = takeCall("agent", unknown);
    assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) notFound.getBody().get("message")).contains("Unknown member U99999");

    // and nothing was created: no case, no call instance, not even in history
    assertThat(cases()).isEqualTo(cases);
    assertThat(hotlineCalls()).isEqualTo(calls);
  }

  @Test
  void onlySupportAndSeniorAgentsMayTakeCalls() {
    long calls = hotlineCalls();

    // Users outside the agent groups are refused by the engine's authorizations
    for (String user : List.of("supervisor", "analyst", "intake")) {
      assertThat(takeCall(user, callAboutAFailedRedemption()).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(hotlineCalls()).isEqualTo(calls);

    // while agents may start this one process, which Tasklist's "Start process" offers them
    for (String user : List.of("agent", "senior")) {
      assertThat(startable(user, "&startableInTasklist=true")).as(user)
          .containsExactly("HotlineIntake");
      assertThat(startable(user, "")).as(user).containsExactly("HotlineIntake");
      // with its form, found by the start event's formRef in the process's deployment
      ResponseEntity<String> form = http.withBasicAuth(user, user).getForEntity(
          "/engine-rest/process-definition/key/HotlineIntake/deployed-start-form", String.class);
      assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(form.getBody()).contains("\"id\": \"HotlineComplaintForm\"");
    }
  }

  @Test
  void anAgentCannotStartComplaintHandlingOrExternalEscalationDirectly() {
    for (String key : List.of("ComplaintHandling", "ExternalEscalation")) {
      // When an agent starts the process itself, with or without a form
      for (String how : List.of("start", "submit-form")) {
        ResponseEntity<Map<String, Object>> refused = engineRest("agent", HttpMethod.POST,
            "/process-definition/" + latest(key).getId() + "/" + how, Map.of("businessKey",
                "PD-2026-999998", "variables", typed(Map.of("category", "REDEMPTION_FAILED"))));

        // Then the engine refuses
        assertThat(refused.getStatusCode()).as(key + " " + how).isEqualTo(HttpStatus.FORBIDDEN);
      }
      // and Tasklist does not offer it to anyone
      assertThat(latest(key).isStartableInTasklist()).as(key).isFalse();
    }
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("PD-2026-999998").count()).isZero();
  }

  @Test
  void aPasswordOrPhoneNumberTheAgentNotesIsRedactedAndNoVariableKeepsIt() {
    // Given a call in which the member gives away a payment password and a phone number
    Map<String, Object> call = callAboutAFailedRedemption();
    call.put("description", "会员说支付密码是 " + PASSWORD + "，请回电手机 " + PHONE);

    // When the agent notes them in the description
    String caseNumber = (String) takeCall("agent", call).getBody().get("businessKey");

    // Then the stored complaint has the password removed and the phone masked, and says so
    assertThat(jdbc.sql("SELECT description FROM pd_complaint WHERE case_number = ?")
        .param(caseNumber).query(String.class).single())
        .contains(SensitiveText.REDACTED).contains("138****5678").doesNotContain(PASSWORD, PHONE);
    assertThat(timeline(caseNumber)).anyMatch(e -> e.startsWith("SENSITIVE_DATA_REDACTED"));
    // and the call's instance kept no variable: the form's fields lived only in its start
    String call0 = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("HotlineIntake").processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(call0)
        .count()).isZero();
    // so neither is anywhere in the database (but for the members' own phone column)
    assertThat(jdbc.sql("SCRIPT").query(String.class).list().stream()
        .filter(statement -> !statement.startsWith("INSERT INTO \"PUBLIC\".\"PD_MEMBER\"")))
        .noneMatch(line -> Stream.of(PASSWORD, PHONE).anyMatch(line::contains));
  }

  // --- helpers ---------------------------------------------------------------------------

  /** What Tasklist sends when an agent submits the start form (by definition id). */
  private ResponseEntity<Map<String, Object>> takeCall(String user, Map<String, Object> form) {
    return engineRest(user, HttpMethod.POST, "/process-definition/"
        + latest("HotlineIntake").getId() + "/submit-form", Map.of("variables", typed(form)));
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
  }

  /** A fresh member's failed 800-point redemption, as the form sends it. */
  private Map<String, Object> callAboutAFailedRedemption() {
    String member = members.newMember();
    OffsetDateTime at = OffsetDateTime.parse("2026-11-18T09:30:00+08:00");
    Map<String, Object> form = u10003sFailedRedemption();
    form.put("memberId", member);
    form.put("orderId", members.failedRedemption(member, 800, at));
    form.put("summary", "兑换失败，800积分被扣");
    form.put("pointsClaimed", 800);
    return form;
  }

  /** The keys of the latest definitions the user may start (as Tasklist asks, with filters). */
  private List<String> startable(String user, String filters) {
    ResponseEntity<List<Map<String, Object>>> definitions = http.withBasicAuth(user, user)
        .exchange("/engine-rest/process-definition?latestVersion=true"
            + "&startablePermissionCheck=true" + filters, HttpMethod.GET, null,
            new ParameterizedTypeReference<>() {});
    return definitions.getBody().stream().map(d -> (String) d.get("key")).toList();
  }

  private List<ProcessInstance> complaintHandling(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("ComplaintHandling")
        .processInstanceBusinessKey(caseNumber).list();
  }

  private List<String> timeline(String caseNumber) {
    return jdbc.sql("""
            SELECT event || ': ' || COALESCE(detail, '') FROM pd_complaint_event
            WHERE case_number = ? ORDER BY id""")
        .param(caseNumber).query(String.class).list();
  }

  private long cases() {
    return jdbc.sql("SELECT COUNT(*) FROM pd_complaint").query(Long.class).single();
  }

  private long hotlineCalls() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("HotlineIntake")
        .count();
  }

}
