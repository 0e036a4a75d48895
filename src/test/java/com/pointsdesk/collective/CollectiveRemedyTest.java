package com.pointsdesk.collective;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.Race;
import com.pointsdesk.support.ScenarioTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Collective remedies through the REST API: the seed's third story, on DESIGN.md's demo members
 * U10004–U10008, who each redeemed the limited headphones that never shipped, and the race for
 * an alternative's last unit. Every due job of these cases is run by hand; where the engine clock
 * is moved, the dates lie in the past, so no timer of another test context comes due.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class CollectiveRemedyTest extends ScenarioTest {

  private static final List<String> OWED_HEADPHONES =
      List.of("U10004", "U10005", "U10006", "U10007", "U10008");

  @AfterEach
  void realTimeAgain() {
    ClockUtil.reset();
  }

  @Test
  void threeComplainFiveAreOfferedAChoiceAndEveryoneGetsExactlyWhatTheDecisionPromised() {
    // Given Monday 2026-10-12: U10004, U10005 and U10006 complain that their headphones never came
    at("2026-10-12T10:00");
    List<String> cases = new ArrayList<>();
    for (String member : List.of("U10004", "U10005", "U10006")) {
      Map<String, Object> body = ComplaintBodies.deliveryDelayed(member, null);
      body.remove("orderId");
      cases.add(fileComplaint(body));
    }
    runDueJobs(cases);

    // Then one collective case lists all five members owed them, and no agent reviews a case
    String collective = (String) caseView(cases.get(0)).get("collectiveCase");
    Map<String, Object> view = supervisorView(collective);
    assertThat(members(view, "affectedMembers")).containsExactlyElementsOf(OWED_HEADPHONES);
    assertThat(taskService.createTaskQuery().processDefinitionKey("ComplaintHandling")
        .processInstanceBusinessKeyIn(cases.toArray(String[]::new)).count()).isZero();
    assertThat(cases).allSatisfy(c -> assertThat(runtimeService.createExecutionQuery()
        .processInstanceBusinessKey(c).activityId("Task_AwaitCollectiveRemedy").count()).isOne());

    // When the supervisor decides in Tasklist: the tote bag or the season card, or a refund;
    // 100 points for everyone; five working days to answer; the stock display fixed
    Task decide = taskService.createTaskQuery().processInstanceBusinessKey(collective)
        .taskDefinitionKey("Task_DecideCollectiveRemedy").singleResult();
    assertThat(taskService.getVariableLocal(decide.getId(), "briefingMembers").toString())
        .contains("5 affected members, 2 of them without a complaint", "U10007", "U10008");
    decide(collective, "G-TOTE, G-VIP-SEASON");
    runDueJobs(cases);

    // Then each of the five has an offer by mail with their own unguessable id, due 10-19 10:00
    Map<String, String> offers = offersOf(collective);
    assertThat(offers.keySet()).containsExactlyElementsOf(OWED_HEADPHONES);
    assertThat(Set.copyOf(offers.values())).hasSize(5).allMatch(id -> id.length() == 43);
    offers.forEach((member, offer) -> assertThat(offerMailTo(member, offer)).as(member)
        .contains(offer, "ALTERNATIVE:G-TOTE", "ALTERNATIVE:G-VIP-SEASON", "REFUND", "8000"));
    view = supervisorView(collective);
    assertThat(view.get("correctiveAction")).isEqualTo("已修正库存显示 · stock display fixed");
    assertThat(view.get("offers")).isEqualTo(Map.of("OPEN", 5));
    assertThat(jdbc.sql("SELECT listed FROM pd_gift WHERE id = 'G-HEADPHONES'")
        .query(Boolean.class).single()).as("the headphones no longer listed").isFalse();

    // and the member's app can show U10004 their options, and nobody else's offer
    Map<String, Object> shown = get("intake", "/api/v1/offers/" + offers.get("U10004")
        + "?memberId=U10004").getBody();
    assertThat(shown).containsEntry("status", "OPEN").containsEntry("pointsOwed", 8000)
        .containsEntry("compensationPoints", 100);
    assertThat(shown.get("options").toString())
        .contains("ALTERNATIVE:G-TOTE", "ALTERNATIVE:G-VIP-SEASON", "REFUND");
    assertThat(get("intake", "/api/v1/offers/" + offers.get("U10004") + "?memberId=U10005")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // When three pick an alternative and one a refund, each once, and U10008 never answers
    int totes = stock("G-TOTE");
    int seasons = stock("G-VIP-SEASON");
    assertThat(choose(offers.get("U10004"), "U10004", "ALTERNATIVE:G-TOTE").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(choose(offers.get("U10005"), "U10005", "ALTERNATIVE:G-VIP-SEASON")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(choose(offers.get("U10006"), "U10006", "alternative:g-tote").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(choose(offers.get("U10007"), "U10007", "REFUND").getBody())
        .containsEntry("status", "ANSWERED").containsEntry("choice", "REFUND");
    // (a second answer, someone else's offer, a gift not offered: refused, nothing changes)
    refused(choose(offers.get("U10004"), "U10004", "REFUND"), HttpStatus.CONFLICT,
        "answered already");
    refused(choose(offers.get("U10008"), "U10007", "REFUND"), HttpStatus.NOT_FOUND,
        "No offer");
    refused(choose(offers.get("U10008"), "U10008", "ALTERNATIVE:G-SPEAKER"),
        HttpStatus.BAD_REQUEST, "not offered");
    refused(post("supervisor", "/api/v1/offers/" + offers.get("U10008") + "/choice",
        Map.of("memberId", "U10008", "choice", "REFUND")), HttpStatus.FORBIDDEN, "channel");
    runDueJobs(cases);
    assertThat(stock("G-TOTE")).isEqualTo(totes - 2);
    assertThat(stock("G-VIP-SEASON")).isEqualTo(seasons - 1);

    // When the deadline passes (10-19 10:00, five working days later) without U10008's answer
    refused(chooseAt("2026-10-19T10:00", offers.get("U10008"), "U10008", "REFUND"),
        HttpStatus.CONFLICT, "deadline");
    runDueJobs(cases);

    // Then all five cases... the three complaints and the collective case are closed
    for (String caseNumber : cases) {
      assertThat(caseView(caseNumber).get("status")).as(caseNumber).isEqualTo("RESOLVED");
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .count()).as("ComplaintHandling of %s", caseNumber).isZero();
    }
    view = supervisorView(collective);
    assertThat(view.get("status")).isEqualTo("CLOSED");
    assertThat(view.get("offers")).isEqualTo(Map.of("APPLIED", 5));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(collective)
        .count()).isZero();
    // and the ledger shows exactly one refund per refunding member, none for the others
    for (String member : OWED_HEADPHONES) {
      String offer = offers.get(member);
      boolean refunds = member.equals("U10007") || member.equals("U10008");
      assertThat(entriesWithKey(member, offer + ":REFUND")).as("refund of %s", member)
          .hasSize(refunds ? 1 : 0);
      assertThat(entriesWithKey(member, offer + ":COMPENSATE")).as(member).hasSize(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_redemption_order WHERE idempotency_key = ?")
          .param(offer + ":ALTERNATIVE").query(Long.class).single()).as("alternative of %s", member)
          .isEqualTo(refunds ? 0L : 1L);
    }
    // and the points moved are what the decision promised: two refunds of 8 000, 5 × 100
    assertThat(jdbc.sql("""
            SELECT SUM(amount) FROM pd_points_entry WHERE reference = ?
              AND kind IN ('REFUND', 'COMPENSATE')""").param(collective)
        .query(Long.class).single()).isEqualTo(2 * 8000L + 5 * 100L);
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM pd_redemption_order
            WHERE gift_id = 'G-HEADPHONES' AND status <> 'CANCELLED'""")
        .query(Long.class).single()).as("headphone orders still owed").isZero();
    assertThat(outboxTemplates(cases.get(0))).contains("collective-outcome");
    assertThat(caseView(cases.get(0)).toString()).contains("CORRECTIVE_ACTION");
  }

  @Test
  void twoMembersRacingForTheLastUnitOfAnAlternativeGetItOnceAndTheOtherChoosesAgain()
      throws Exception {
    // Given three members owed a gift that never shipped, and an alternative with one unit left
    String gift = members.newOutOfStockGift(6000);
    String lastUnit = "G-L-" + gift.substring(4);
    jdbc.sql("""
            INSERT INTO pd_gift (id, name, name_en, physical, points_price, stock, listed,
              ship_within_days)
            VALUES (?, '最后一件', 'The last one', TRUE, 5000, 1, TRUE, 7)""")
        .param(lastUnit).update();
    List<String> owed = new ArrayList<>();
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String member = members.newMember();
      members.unshippedOrder(member, gift, 6000, OffsetDateTime.parse("2026-10-01T10:00:00+08:00"),
          LocalDate.parse("2026-10-08"));
      owed.add(member);
      Map<String, Object> body = ComplaintBodies.deliveryDelayed(member, null);
      body.remove("orderId");
      cases.add(fileComplaint(body));
    }
    runDueJobs(cases);
    String collective = (String) caseView(cases.get(0)).get("collectiveCase");
    decide(collective, lastUnit + ",G-GIFTCARD-50");
    runDueJobs(cases);
    Map<String, String> offers = offersOf(collective);

    // When two of them pick that last unit at the same moment
    List<ResponseEntity<Map<String, Object>>> answers = Race.allAtOnce(
        List.of(() -> choose(offers.get(owed.get(0)), owed.get(0), "ALTERNATIVE:" + lastUnit),
            () -> choose(offers.get(owed.get(1)), owed.get(1), "ALTERNATIVE:" + lastUnit)),
        PATIENCE);

    // Then exactly one gets it; the other is told it ran out, nothing is recorded, and they
    // choose again
    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    int loser = answers.get(0).getStatusCode() == HttpStatus.OK ? 1 : 0;
    refused(answers.get(loser), HttpStatus.CONFLICT, "run out of stock");
    assertThat(answers.get(loser).getBody().get("detail").toString())
        .contains("ALTERNATIVE:G-GIFTCARD-50", "REFUND").doesNotContain("ALTERNATIVE:" + lastUnit);
    assertThat(stock(lastUnit)).isZero();
    assertThat(get("intake", "/api/v1/offers/" + offers.get(owed.get(loser)) + "?memberId="
        + owed.get(loser)).getBody().get("options").toString())
        .contains("choice=ALTERNATIVE:" + lastUnit + ", name=最后一件, nameEn=The last one, "
            + "points=5000, available=false");
    assertThat(choose(offers.get(owed.get(loser)), owed.get(loser), "ALTERNATIVE:G-GIFTCARD-50")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    runDueJobs(cases);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_redemption_order WHERE gift_id = ?")
        .param(lastUnit).query(Long.class).single()).as("orders of the last unit").isOne();
    assertThat(stock(lastUnit)).isZero();
  }

  @Test
  void anExpiryBatchIsRestoredToEveryoneWhosePointsExpiredThatDayComplainedOrNot() {
    // Given four members whose 2 500 points expired on 2026-09-26 without notice (no other
    // test's expiry day); three of them complain on Monday 2026-10-12
    at("2026-10-12T10:00");
    List<String> expired = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String member = members.newMember();
      jdbc.sql("""
              INSERT INTO pd_points_entry (member_id, booked_at, amount, kind, idempotency_key)
              VALUES (?, TIMESTAMP WITH TIME ZONE '2026-09-26 23:59:59+08:00', -2500, 'EXPIRE', ?)""")
          .params(member, "fixture:" + member + ":expire").update();
      expired.add(member);
    }
    List<String> cases = expired.subList(0, 3).stream().map(member -> fileComplaint(Map.of(
        "channel", "IN_APP", "memberId", member, "category", "EXPIRED_WITHOUT_NOTICE",
        "summary", "积分未提醒就清零", "occurredAt", "2026-09-27T09:00:00+08:00"))).toList();
    runDueJobs(cases);
    String collective = (String) caseView(cases.get(0)).get("collectiveCase");
    assertThat(members(supervisorView(collective), "affectedMembers"))
        .containsExactlyInAnyOrderElementsOf(expired);

    // When the supervisor offers alternatives for it, the form refuses: nobody chooses here
    Task decide = taskService.createTaskQuery().processInstanceBusinessKey(collective)
        .taskDefinitionKey("Task_DecideCollectiveRemedy").singleResult();
    ResponseEntity<Map<String, Object>> refused = submit(decide, Map.of(
        "collectiveRemedy", typed("ALTERNATIVE_OR_REFUND"), "alternativeGiftIds", typed("G-TOTE"),
        "answerWithinWorkingDays", Map.of("value", 5, "type", "Long"),
        "correctiveAction", typed("到期提醒已恢复 · expiry reminders sent again")));
    assertThat(refused.getStatusCode().is4xxClientError()).as("%s", refused).isTrue();
    assertThat(refused.getBody().toString()).contains("restore the expired points");
    assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).isOne();

    // When they decide to restore the expired points, with 50 points for the trouble
    assertThat(submit(decide, Map.of("collectiveRemedy", typed("RESTORE_EXPIRED"),
        "compensationPoints", Map.of("value", 50, "type", "Long"),
        "correctiveAction", typed("到期提醒已恢复 · expiry reminders sent again")))
        .getStatusCode().is2xxSuccessful()).isTrue();
    runDueJobs(cases);

    // Then all four get their 2 500 points back once and 50 more, with nothing to choose
    Map<String, String> offers = offersOf(collective);
    for (String member : expired) {
      assertThat(entriesWithKey(member, offers.get(member) + ":RESTORE")).as(member)
          .singleElement().satisfies(e -> assertThat(e.get("amount")).isEqualTo(2500));
      assertThat(entriesWithKey(member, offers.get(member) + ":COMPENSATE")).hasSize(1);
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_outbox_message WHERE template = 'collective-offer'"
            + " AND dedupe_key IN (:keys)")
        .param("keys", offers.values().stream().map(o -> o + ":OFFER").toList())
        .query(Long.class).single()).as("offer mails").isZero();
    // and the three complaints and the collective case are closed
    cases.forEach(c -> assertThat(caseView(c).get("status")).as(c).isEqualTo("RESOLVED"));
    assertThat(supervisorView(collective).get("status")).isEqualTo("CLOSED");
  }

  private ResponseEntity<Map<String, Object>> submit(Task task, Map<String, Object> variables) {
    return engineRest("supervisor", HttpMethod.POST, "/task/" + task.getId() + "/submit-form",
        Map.of("variables", variables));
  }

  /** The supervisor's decision in Tasklist: these alternatives or a refund, 100 points, 5 days. */
  private void decide(String collective, String alternatives) {
    Task decide = taskService.createTaskQuery().processInstanceBusinessKey(collective)
        .taskDefinitionKey("Task_DecideCollectiveRemedy").singleResult();
    ResponseEntity<Map<String, Object>> submitted = submit(decide, Map.of(
        "collectiveRemedy", typed("ALTERNATIVE_OR_REFUND"),
        "alternativeGiftIds", typed(alternatives),
        "compensationPoints", Map.of("value", 100, "type", "Long"),
        "answerWithinWorkingDays", Map.of("value", 5, "type", "Long"),
        "correctiveAction", typed("已修正库存显示 · stock display fixed")));
    assertThat(submitted.getStatusCode().is2xxSuccessful()).as("%s", submitted).isTrue();
  }

  private static void refused(ResponseEntity<Map<String, Object>> response, HttpStatus status,
      String says) {
    assertThat(assertProblem(response, status).get("detail").toString()).containsIgnoringCase(says);
  }

  private ResponseEntity<Map<String, Object>> choose(String offerId, String memberId,
      String choice) {
    return post("intake", "/api/v1/offers/" + offerId + "/choice",
        Map.of("memberId", memberId, "choice", choice));
  }

  private ResponseEntity<Map<String, Object>> chooseAt(String localTime, String offerId,
      String memberId, String choice) {
    at(localTime);
    return choose(offerId, memberId, choice);
  }

  private Map<String, Object> supervisorView(String collective) {
    return get("supervisor", "/api/v1/collective-cases/" + collective).getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<String> members(Map<String, Object> view, String list) {
    return ((List<Map<String, Object>>) view.get(list)).stream()
        .map(m -> (String) m.get("memberId")).toList();
  }

  private Map<String, String> offersOf(String collective) {
    Map<String, String> offers = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT o.member_id, o.id FROM pd_member_offer o
            JOIN pd_collective_case c ON c.id = o.collective_id
            WHERE c.collective_number = ? ORDER BY o.member_id""")
        .param(collective).query(rs -> {
          offers.put(rs.getString("member_id"), rs.getString("id"));
        });
    return offers;
  }

  private String offerMailTo(String member, String offerId) {
    return jdbc.sql("""
            SELECT m.body FROM pd_outbox_message m JOIN pd_member p ON p.email = m.recipient
            WHERE m.dedupe_key = ? AND p.id = ?""")
        .params(offerId + ":OFFER", member).query(String.class).single();
  }

  private List<String> outboxTemplates(String caseNumber) {
    return jdbc.sql("SELECT template FROM pd_outbox_message WHERE case_number = ?")
        .param(caseNumber).query(String.class).list();
  }

  private int stock(String gift) {
    return jdbc.sql("SELECT stock FROM pd_gift WHERE id = ?").param(gift)
        .query(Integer.class).single();
  }

  private static void at(String localTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(localTime + ":00+08:00").toInstant()));
  }

  /** Runs every due job of these cases and of their collective case until none is due. */
  private void runDueJobs(List<String> cases) {
    for (int run = 0; run < 200; run++) {
      Set<String> instances = runtimeService.createProcessInstanceQuery().list().stream()
          .filter(pi -> cases.contains(pi.getBusinessKey())
              || (pi.getBusinessKey() != null && pi.getBusinessKey().startsWith("PC-")))
          .map(ProcessInstance::getId).collect(Collectors.toSet());
      List<Job> due = managementService.createJobQuery().executable().active().list().stream()
          .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep coming due");
  }
}
