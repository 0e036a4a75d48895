package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a Tasklist user sends through the REST API Tasklist uses cannot change which case is
 * handled or what is paid: writing task variables is refused to the groups that work the task,
 * a completion with anything but the form's fields is refused, and what a supervisor (who may
 * update tasks) writes into the variables the process decides on changes nothing either.
 */
class TaskTrustTest extends ScenarioTest {

  @Test
  void anAgentCannotRedirectOrOverpayTheCaseTheyReview() {
    // Given a verified complaint about 2 000 vanished points, under review, and another case
    String other = caseUnderReview(1500);
    String caseNumber = caseUnderReview(2000);
    String task = awaitTask(caseNumber, "Task_ReviewComplaint").getId();
    Map<String, Object> tampered = tampered(other);

    // When the agent writes the variables the process decides on before claiming the task
    // Then the engine refuses: the group that works a task may not write its variables
    assertThat(engineRest("agent", HttpMethod.POST, "/task/" + task + "/variables",
        Map.of("modifications", typed(tampered))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineRest("agent", HttpMethod.PUT, "/task/" + task + "/variables/restorePoints",
        typed(99_999)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineRest("agent", HttpMethod.POST, "/task/" + task + "/localVariables",
        Map.of("modifications", typed(tampered))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // When a supervisor, who may update tasks, writes them anyway
    assertThat(engineRest("supervisor", HttpMethod.POST, "/task/" + task + "/variables",
        Map.of("modifications", typed(tampered))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // and the agent claims the task (may hand it back and take it again, as Tasklist lets them)
    for (String step : List.of("claim", "unclaim", "claim")) {
      assertThat(engineRest("agent", HttpMethod.POST, "/task/" + task + "/" + step,
          Map.of("userId", "agent")).getStatusCode()).as(step).isEqualTo(HttpStatus.NO_CONTENT);
    }
    // and sends the same values again with the decision
    Map<String, Object> extra = new LinkedHashMap<>(tampered);
    extra.put("reviewDecision", "ACCEPT");
    ResponseEntity<Map<String, Object>> refused = engineRest("agent", HttpMethod.POST,
        "/task/" + task + "/complete", Map.of("variables", typed(extra)));
    ResponseEntity<Map<String, Object>> refusedForm = engineRest("agent", HttpMethod.POST,
        "/task/" + task + "/submit-form", Map.of("variables", typed(extra)));

    // Then the completion is refused with the fields that are not the form's, and nothing moved
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Not fields of form")
        .contains("approvalDecision, approvalRequired, caseNumber, memberId, straightThrough")
        .contains("accepts only compensationPoints, offerAlternative, reissueGift, restorePoints,"
            + " reviewDecision, reviewReason");
    assertThat(refusedForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();

    // When the agent accepts the suggestion, with the form's (hidden) adjustment fields filled in
    assertThat(engineRest("agent", HttpMethod.POST, "/task/" + task + "/complete",
        Map.of("variables", typed(Map.of("reviewDecision", "ACCEPT", "restorePoints", 99_999,
            "compensationPoints", 5000, "reissueGift", true)))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // Then exactly the suggestion is paid to exactly this case, without an approval: an
    // accepted suggestion is the policy's, only an adjustment (with a reason) takes amounts
    Map<String, Object> view = awaitStatus(caseNumber, "RESOLVED");
    assertThat(view.get("remedy")).isEqualTo(Map.of("restoredPoints", 2000,
        "compensationPoints", 100, "giftReissued", false, "alternativeOffered", false));
    String member = (String) view.get("memberId");
    assertThat(ledgerEntries(member)).filteredOn(e -> String.valueOf(e.get("idempotencyKey"))
            .startsWith("PD-"))
        .extracting(e -> e.get("idempotencyKey") + " " + e.get("amount"))
        .containsExactlyInAnyOrder(caseNumber + ":RESTORE 2000", caseNumber + ":COMPENSATE 100");
    assertThat(historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ApproveRemedy").count())
        .isZero();
    // and the other case was not touched
    assertThat(caseView(other).get("status")).isEqualTo("UNDER_REVIEW");
    assertThat(timeline(caseNumber)).anyMatch(d -> d.startsWith("+2000 points, decided by agent"));
  }

  @Test
  void aSeniorAgentCanApproveOnlyTheProposalAsItStands() {
    // Given 6 000 vanished points: the agent accepts restore 6 000 + 100, above the limits
    String caseNumber = caseUnderReview(6000);
    completeAs("agent", awaitTask(caseNumber, "Task_ReviewComplaint"),
        Map.of("reviewDecision", "ACCEPT"));
    String approval = awaitTask(caseNumber, "Task_ApproveRemedy").getId();
    Map<String, Object> generous = Map.of("restorePoints", 60_000, "compensationPoints", 5000,
        "reissueGift", true, "approvalDecision", "APPROVE", "approvalRequired", false);

    // When the senior agent writes variables on the approval task, the engine refuses
    assertThat(engineRest("senior", HttpMethod.POST, "/task/" + approval + "/variables",
        Map.of("modifications", typed(generous))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // a supervisor may, and the senior agent sends extra fields along with the approval
    assertThat(engineRest("supervisor", HttpMethod.POST, "/task/" + approval + "/variables",
        Map.of("modifications", typed(generous))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engineRest("senior", HttpMethod.POST, "/task/" + approval + "/claim",
        Map.of("userId", "senior")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> refused = engineRest("senior", HttpMethod.POST,
        "/task/" + approval + "/complete", Map.of("variables",
            typed(Map.of("approvalDecision", "APPROVE", "compensationPoints", 5000))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("compensationPoints");

    // When the senior agent approves with the form's field alone
    assertThat(engineRest("senior", HttpMethod.POST, "/task/" + approval + "/complete",
        Map.of("variables", typed(Map.of("approvalDecision", "APPROVE")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // Then what was proposed and approved is paid: 6 000 back and 100 apology, no gift
    Map<String, Object> view = awaitStatus(caseNumber, "RESOLVED");
    assertThat(view.get("remedy")).isEqualTo(Map.of("restoredPoints", 6000,
        "compensationPoints", 100, "giftReissued", false, "alternativeOffered", false));
    assertThat(timeline(caseNumber))
        .anyMatch(d -> d.equals("+6000 points, decided by agent, approved by senior"));
  }

  @Test
  void aRefusedDecisionIsABadRequestWithItsReason() {
    // Given a complaint under review, claimed by the agent
    String caseNumber = caseUnderReview(800);
    String task = awaitTask(caseNumber, "Task_ReviewComplaint").getId();
    engineRest("agent", HttpMethod.POST, "/task/" + task + "/claim", Map.of("userId", "agent"));

    // When the agent rejects without a reason
    ResponseEntity<Map<String, Object>> refused = engineRest("agent", HttpMethod.POST,
        "/task/" + task + "/submit-form",
        Map.of("variables", typed(Map.of("reviewDecision", "REJECT"))));

    // Then Tasklist gets a 400 with the product's reason, and the task stays open
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Give the reason");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  void agentsAndSeniorAgentsCannotWriteProcessInstanceVariables() {
    String caseNumber = caseUnderReview(1000);
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult().getId();

    for (String user : List.of("agent", "senior")) {
      assertThat(engineRest(user, HttpMethod.PUT,
          "/process-instance/" + instance + "/variables/restorePoints", typed(99_999))
          .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  // --- helpers ---------------------------------------------------------------------------

  private List<String> timeline(String caseNumber) {
    return jdbc.sql("SELECT detail FROM pd_complaint_event WHERE case_number = ? ORDER BY id")
        .param(caseNumber).query(String.class).list();
  }

  /** The variables the process once trusted, set to redirect the case to another and overpay. */
  private static Map<String, Object> tampered(String otherCase) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("caseNumber", otherCase);
    values.put("memberId", "U10001");
    values.put("restorePoints", 99_999);
    values.put("compensationPoints", 5000);
    values.put("reissueGift", true);
    values.put("straightThrough", true);
    values.put("approvalRequired", false);
    values.put("approvalDecision", "APPROVE");
    return values;
  }
}
