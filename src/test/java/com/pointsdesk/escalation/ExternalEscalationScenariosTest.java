package com.pointsdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.Race;
import com.pointsdesk.support.ScenarioTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * External escalation through the REST API (DESIGN "Public API v1"): Ms. Zhang's seed story from
 * her in-app complaint to the regulator-ready dossier, and regulator referrals that open a case,
 * join one, or arrive twice at once. Its own context: Ms. Zhang (U10001) is a demo member other
 * scenario classes file complaints for.
 */
@TestPropertySource(properties = "pointsdesk.test.context=external-escalation")
class ExternalEscalationScenariosTest extends ScenarioTest {

  private static final String ESCALATIONS = "/api/v1/escalations";
  private static final String ZHANGS_ORDER = "R-20261020-0001";
  private static final String HER_POST = "在App投诉一个月没人管，兑换的蓝牙音箱至今未发货 @市场监管";

  @Test
  void msZhangsPublicPostBringsASeniorAnswerWithin24HoursTheReissueAnd500PointsAndADossier()
      throws Exception {
    // Given Ms. Zhang's in-app complaint about the speaker that never shipped, waiting for review
    Map<String, Object> inApp = ComplaintBodies.deliveryDelayed("U10001", ZHANGS_ORDER);
    inApp.put("summary", "兑换的蓝牙音箱一个月了还没发货");
    String caseNumber = fileComplaint(inApp);
    Task firstReview = awaitTask(caseNumber, "Task_ReviewComplaint");
    assertThat(candidateGroups(firstReview)).containsExactly("support-agents");

    // When she posts about it publicly on Weibo
    OffsetDateTime posted = OffsetDateTime.now();
    Map<String, Object> weibo = new HashMap<>(Map.of("channel", "WEIBO", "memberId", "U10001",
        "category", "DELIVERY_DELAYED", "summary", HER_POST, "publicPost", true,
        "externalRef", "weibo:4963012345671234"));
    ResponseEntity<Map<String, Object>> merged = post("intake", "/api/v1/complaints", weibo);

    // Then the post joins her case: HIGH priority, an external escalation, answer within 24 h
    assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(merged.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true).containsEntry("priority", "HIGH")
        .containsEntry("externalEscalation", true)
        .containsEntry("channels", List.of("IN_APP", "WEIBO"));
    assertThat(OffsetDateTime.parse((String) merged.getBody().get("firstResponseDueAt")))
        .isBeforeOrEqualTo(posted.plusHours(24).plusMinutes(1));
    // and the review is asked again, of the senior agents, with the policy's reissue + 500
    await().atMost(PATIENCE).until(() -> review(caseNumber) != null
        && candidateGroups(review(caseNumber)).contains("senior-agents"));
    Task seniorReview = review(caseNumber);
    assertThat(seniorReview.getPriority()).isEqualTo(80);
    assertThat(seniorReview.getDueDate()).isBeforeOrEqualTo(
        Date.from(posted.plusHours(24).plusMinutes(1).toInstant()));
    assertThat((String) taskService.getVariable(seniorReview.getId(), "briefingSuggestion"))
        .contains("500");
    // and one external escalation runs, with a supervisor's answer to give
    Task answer = awaitTask(caseNumber, "Task_AnswerRegulator");
    assertThat(candidateGroups(answer)).containsExactly("supervisors");

    // When a senior agent accepts the policy's remedy and a second one approves it (four eyes)
    completeAs("senior", seniorReview, Map.of("reviewDecision", "ACCEPT"));
    Task approval = awaitTask(caseNumber, "Task_ApproveRemedy");
    completeAs(secondSenior(), approval, Map.of("approvalDecision", "APPROVE"));

    // Then the speaker is reissued and 500 points granted, once
    Map<String, Object> resolved = awaitStatus(caseNumber, "RESOLVED");
    assertThat(resolved.get("remedy")).isEqualTo(Map.of("restoredPoints", 0,
        "compensationPoints", 500, "giftReissued", true, "alternativeOffered", false));
    assertThat(entriesWithKey("U10001", caseNumber + ":COMPENSATE")).singleElement()
        .satisfies(entry -> assertThat(entry.get("amount")).isEqualTo(500));

    // When the supervisor answers the regulator
    completeAs("supervisor", answer, Map.of("regulatorAnswer",
        "已为张女士补发蓝牙音箱并补偿500积分，发货流程已整改。"));

    // Then the process ends, and the dossier a regulator reads lists both contacts
    await().atMost(PATIENCE).until(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count() == 0);
    ResponseEntity<byte[]> dossier = http.withBasicAuth("supervisor", "supervisor").exchange(
        "/api/v1/complaints/" + caseNumber + "/dossier", HttpMethod.GET, null, byte[].class);
    assertThat(dossier.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dossier.getHeaders().getContentType().toString()).startsWith("application/pdf");
    String text = textOf(dossier.getBody());
    assertThat(text.replaceAll("\\s+", "")).contains(caseNumber, ZHANGS_ORDER, "应用内", "微博",
        HER_POST.replaceAll("\\s+", ""), "已为张女士补发蓝牙音箱并补偿500积分");
  }

  @Test
  void a12315ReferralForAMemberWithoutAnOpenCaseOpensANewHighPriorityCase() {
    // Given a member with an unshipped order and no complaint yet
    String member = members.newMember();
    String order = unshippedOrder(member);

    // When 12315 refers her complaint, to be answered within three days
    OffsetDateTime respondBy = OffsetDateTime.parse("2026-12-04T17:00:00+08:00");
    ResponseEntity<Map<String, Object>> response = post("intake", ESCALATIONS,
        referral("12315", "12315-2026-110001", member, null, order, respondBy));

    // Then a new HIGH-priority case is an external escalation with the regulator's deadline
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) response.getBody().get("caseNumber");
    Map<String, Object> view = caseView(caseNumber);
    assertThat(view).containsEntry("priority", "HIGH").containsEntry("externalEscalation", true)
        .containsEntry("category", "DELIVERY_DELAYED")
        .containsEntry("channels", List.of("REGULATOR_12315"));
    Task answer = awaitTask(caseNumber, "Task_AnswerRegulator");
    assertThat(answer.getDueDate()).isEqualTo(Date.from(respondBy.toInstant()));
  }

  @Test
  void aReferralForAKnownCaseJoinsItAndTheSameReferralAgainChangesNothing() {
    // Given an open in-app case
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(ComplaintBodies.deliveryDelayed(member, order));
    awaitTask(caseNumber, "Task_ReviewComplaint");

    // When Black Cat refers the same complaint, naming our case number, twice
    Map<String, Object> body = referral("黑猫投诉", "HM-88001", member, caseNumber, null, null);
    ResponseEntity<Map<String, Object>> first = post("intake", ESCALATIONS, body);
    ResponseEntity<Map<String, Object>> again = post("intake", ESCALATIONS, body);

    // Then it joined the case, which became an external escalation once
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true);
    assertThat(again.getBody()).containsEntry("caseNumber", caseNumber);
    assertThat(caseView(caseNumber)).containsEntry("externalEscalation", true)
        .containsEntry("priority", "HIGH")
        .containsEntry("channels", List.of("IN_APP", "THIRD_PARTY_PLATFORM"));
    awaitTask(caseNumber, "Task_AnswerRegulator");
    assertThat(escalationInstances(caseNumber)).isOne();
  }

  @Test
  void aLaterReferralThatWantsItsAnswerSoonerMovesTheSupervisorsDeadline() {
    // Given a case escalated by Black Cat, whose answer is due in ten working days
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(ComplaintBodies.deliveryDelayed(member, order));
    awaitTask(caseNumber, "Task_ReviewComplaint");
    post("intake", ESCALATIONS, referral("BLACK_CAT", "HM-99002", member, caseNumber, null, null));
    Task answer = awaitTask(caseNumber, "Task_AnswerRegulator");

    // When 12315 refers it too and wants the answer within two days
    OffsetDateTime respondBy = OffsetDateTime.now().plusDays(2).withNano(0);
    post("intake", ESCALATIONS,
        referral("12315", "12315-2026-330003", member, caseNumber, null, respondBy));

    // Then the one answer task, and its overdue timer, are due by then
    assertThat(taskService.createTaskQuery().taskId(answer.getId()).singleResult().getDueDate())
        .isEqualTo(Date.from(respondBy.toInstant()));
    String escalation = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, "ExternalEscalation").singleResult().getId();
    assertThat(managementService.createJobQuery().processInstanceId(escalation)
        .activityId("BoundaryEvent_AnswerOverdue").singleResult().getDuedate())
        .isEqualTo(Date.from(respondBy.toInstant()));
    assertThat(escalationInstances(caseNumber)).isOne();
  }

  @Test
  void twoReferralsForOneCaseAtTheSameMomentStartOneEscalation() throws Exception {
    // Given an open case
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(ComplaintBodies.deliveryDelayed(member, order));
    awaitTask(caseNumber, "Task_ReviewComplaint");

    // When 12315 and the market regulator refer it at the same moment
    List<Callable<ResponseEntity<Map<String, Object>>>> referrals = List.of(
        () -> post("intake", ESCALATIONS,
            referral("12315", "12315-2026-220002", member, caseNumber, null, null)),
        () -> post("intake", ESCALATIONS,
            referral("MARKET_REGULATOR", "SJ-2026-0042", member, caseNumber, null, null)));
    List<ResponseEntity<Map<String, Object>>> answers =
        Race.allAtOnce(referrals, Duration.ofSeconds(30));

    // Then both joined the one case, and it has exactly one external escalation
    assertThat(answers).allSatisfy(r -> assertThat(r.getBody())
        .containsEntry("caseNumber", caseNumber));
    awaitTask(caseNumber, "Task_AnswerRegulator");
    assertThat(escalationInstances(caseNumber)).isOne();
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, "ComplaintHandling").count()).isOne();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_external_referral WHERE case_number = ?")
        .param(caseNumber).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void aReferralFromAnUnknownPlatformIsRefusedAndStoresNothing() {
    String member = members.newMember();

    ResponseEntity<Map<String, Object>> response = post("intake", ESCALATIONS,
        referral("WEIBO", "x-1", member, null, null, null));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_complaint WHERE member_id = ?").param(member)
        .query(Long.class).single()).isZero();
  }

  // --- helpers ---------------------------------------------------------------------------

  private static Map<String, Object> referral(String platform, String externalRef,
      String member, String caseNumber, String orderId, OffsetDateTime respondBy) {
    Map<String, Object> body = new HashMap<>(Map.of("platform", platform,
        "externalRef", externalRef, "memberId", member,
        "summary", "消费者投诉：兑换礼品长期未发货，要求补发"));
    if (caseNumber != null) {
      body.put("caseNumber", caseNumber);
    }
    if (orderId != null) {
      body.put("orderId", orderId);
    }
    if (respondBy != null) {
      body.put("respondBy", respondBy.toString());
    }
    return body;
  }

  private String unshippedOrder(String member) {
    return members.unshippedOrder(member, members.newGiftInStock(12000, 25), 12000,
        OffsetDateTime.parse("2026-10-20T10:00:00+08:00"), LocalDate.parse("2026-10-27"));
  }

  private Task review(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ReviewComplaint").singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId())
        .toList();
  }

  private long escalationInstances(String caseNumber) {
    return historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey("ExternalEscalation")
        .count();
  }

  /** Another senior agent: who proposed a remedy may not approve it. */
  private String secondSenior() {
    String id = "seniorzhou";
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, "senior-agents");
    }
    return id;
  }

  private static String textOf(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
