package com.pointsdesk.complaint;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static com.pointsdesk.support.ApiProblems.errorAbout;
import static com.pointsdesk.support.ComplaintBodies.deliveryDelayed;
import static com.pointsdesk.support.ComplaintBodies.redemptionFailed;
import static com.pointsdesk.support.ComplaintBodies.unexplainedDeduction;
import static com.pointsdesk.support.Mails.templates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.system.BusinessTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The one intake de-duplicates: a replayed Idempotency-Key returns the case it made, and the
 * same complaint through another channel joins the member's open case instead of opening a
 * second one (DESIGN "Public API v1", {@code POST /api/v1/complaints}).
 */
class IntakeIdempotencyTest extends ScenarioTest {

  private static final String COMPLAINTS = "/api/v1/complaints";
  private static final OffsetDateTime DEBITED_AT = OffsetDateTime.parse("2026-11-18T08:00:00+08:00");

  // --- Idempotency-Key -------------------------------------------------------------------

  @Test
  void theSameIdempotencyKeyTwiceGivesOneCaseOneProcessAndOneAcknowledgement() throws Exception {
    // Given a complaint sent with an Idempotency-Key
    String member = memberWithUnexplainedDebit(300);
    Map<String, Object> complaint = unexplainedDeduction(member, 300);
    String key = newKey();
    ResponseEntity<Map<String, Object>> first = post("intake", COMPLAINTS, complaint, key);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = caseNumberOf(first);

    // When the channel sends it again with the same key (a retry after a timeout)
    ResponseEntity<Map<String, Object>> replay = post("intake", COMPLAINTS, complaint, key);

    // Then it gets the same case back, and there is one of everything
    assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(caseNumberOf(replay)).isEqualTo(caseNumber);
    assertThat(casesOf(member)).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    assertThat(acknowledgementsQueued(caseNumber)).isEqualTo(1);
    awaitAllMailSent(caseNumber);
    assertThat(templates(mailsOf(caseNumber))).containsOnlyOnce("acknowledgement");
  }

  @Test
  void aReplayOfAMergedComplaintAnswersLikeTheFirstTime() {
    // Given an open case, and the same complaint by e-mail with a key, merged into it
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(deliveryDelayed(member, order));
    Map<String, Object> byEmail = deliveryDelayed(member, order);
    byEmail.put("channel", "EMAIL");
    String key = newKey();
    assertThat(post("intake", COMPLAINTS, byEmail, key).getBody()).containsEntry("merged", true);

    // When the mail gateway retries that request
    ResponseEntity<Map<String, Object>> replay = post("intake", COMPLAINTS, byEmail, key);

    // Then the answer is the same: the open case, merged
    assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(replay.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true);
    assertThat(caseView(caseNumber).get("channels")).isEqualTo(List.of("IN_APP", "EMAIL"));
  }

  @Test
  void theSameIdempotencyKeyWithADifferentComplaintIsRefusedAndStoresNothing() {
    // Given a case made with an Idempotency-Key
    String member = memberWithUnexplainedDebit(300);
    Map<String, Object> complaint = unexplainedDeduction(member, 300);
    String key = newKey();
    String caseNumber = caseNumberOf(post("intake", COMPLAINTS, complaint, key));

    // When the key comes again with a different complaint
    complaint.put("summary", "还有另外500点也不见了");
    complaint.put("channel", "WECHAT");
    ResponseEntity<Map<String, Object>> reused = post("intake", COMPLAINTS, complaint, key);

    // Then it is refused, and the case is exactly as it was
    errorAbout(assertProblem(reused, HttpStatus.UNPROCESSABLE_ENTITY), "Idempotency-Key");
    assertThat(casesOf(member)).isEqualTo(1);
    assertThat(caseView(caseNumber).get("channels")).isEqualTo(List.of("EMAIL"));
    assertThat(count("pd_member_message", caseNumber)).isZero();
    assertThat(acknowledgementsQueued(caseNumber)).isEqualTo(1);
  }

  // --- merging into an open case ---------------------------------------------------------

  @Test
  void theSameOrderAsAnOpenCaseIsMergedIntoItWithTheNewChannel() {
    // Given an open case about an unshipped order, received in the app
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(deliveryDelayed(member, order));

    // When the member complains about the same order by e-mail
    Map<String, Object> byEmail = deliveryDelayed(member, order);
    byEmail.put("channel", "EMAIL");
    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS, byEmail);

    // Then it joins the open case: 200, merged, both channels, still one case
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true)
        .containsEntry("channels", List.of("IN_APP", "EMAIL"))
        .containsEntry("priority", "NORMAL");
    assertThat(casesOf(member)).isEqualTo(1);
  }

  @Test
  void aPublicPostMergedIntoAnOpenCaseRaisesItsPriorityForThePeopleAndTheProcess() {
    // Given an open case about an unshipped order
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(deliveryDelayed(member, order));

    // When the member posts about it publicly on Weibo
    Map<String, Object> weibo = deliveryDelayed(member, order);
    weibo.put("channel", "WEIBO");
    weibo.put("publicPost", true);
    weibo.put("externalRef", "weibo:4963012345670001");
    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS, weibo);

    // Then the case is HIGH priority and an external escalation (the seed: she tagged the
    // regulator), and the process knows it is public
    assertThat(response.getBody())
        .containsEntry("merged", true)
        .containsEntry("priority", "HIGH")
        .containsEntry("externalEscalation", true)
        .containsEntry("channels", List.of("IN_APP", "WEIBO"));
    assertThat(processVariables(caseNumber))
        .containsEntry("publicPost", true)
        .containsEntry("priority", "HIGH")
        .containsEntry("externalEscalation", true);
    assertThat(jdbc.sql("SELECT responder_group FROM pd_complaint WHERE case_number = ?")
        .param(caseNumber).query(String.class).single()).isEqualTo("senior-agents");
  }

  @Test
  void aRegulatorReferralMergedIntoAnOpenCaseMakesItAnExternalEscalation() {
    // Given an open case about an unshipped order
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(deliveryDelayed(member, order));

    // When the same complaint arrives through 12315
    Map<String, Object> referral = deliveryDelayed(member, order);
    referral.put("channel", "REGULATOR_12315");
    referral.put("externalRef", "12315-2026-1125-0001");
    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS, referral);

    // Then the case is a HIGH priority external escalation, for the people and the process
    assertThat(response.getBody())
        .containsEntry("merged", true)
        .containsEntry("priority", "HIGH")
        .containsEntry("externalEscalation", true)
        .containsEntry("channels", List.of("IN_APP", "REGULATOR_12315"));
    assertThat(processVariables(caseNumber))
        .containsEntry("externalEscalation", true)
        .containsEntry("priority", "HIGH");
  }

  @Test
  void withoutAnOrderTheSameCategoryWithin72HoursIsMerged() {
    // Given an open case about vanished points, no order named
    String member = memberWithUnexplainedDebit(300);
    String caseNumber = fileComplaint(unexplainedDeduction(member, 300));

    // When the member writes again about vanished points through WeChat
    Map<String, Object> again = unexplainedDeduction(member, 300);
    again.put("channel", "WECHAT");
    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS, again);

    // Then it joins the case
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true);
    assertThat(casesOf(member)).isEqualTo(1);
  }

  @Test
  void aPublicPostWithoutTheOrderNumberJoinsTheOpenCaseAboutThatOrder() {
    // Given an open in-app case about an unshipped order
    String member = members.newMember();
    String order = unshippedOrder(member);
    String caseNumber = fileComplaint(deliveryDelayed(member, order));

    // When the member posts on Weibo about the late gift, without quoting the order
    Map<String, Object> post = deliveryDelayed(member, order);
    post.remove("orderId");
    post.put("channel", "WEIBO");
    post.put("publicPost", true);
    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS, post);

    // Then it joins that case, which becomes high priority
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true).containsEntry("priority", "HIGH");
    assertThat(casesOf(member)).isEqualTo(1);
  }

  @Test
  void withoutAnOrderACaseReceivedMoreThan72HoursAgoIsNotMergedInto() {
    // Given an open case about vanished points that arrived 73 hours ago
    String member = memberWithUnexplainedDebit(300);
    String old = fileComplaint(unexplainedDeduction(member, 300));
    jdbc.sql("UPDATE pd_complaint SET received_at = ? WHERE case_number = ?")
        .params(OffsetDateTime.now(BusinessTime.ZONE).minusHours(73), old).update();

    // When the member writes about vanished points again
    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS,
        unexplainedDeduction(member, 300));

    // Then that is a new case
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(caseNumberOf(response)).isNotEqualTo(old);
    assertThat(response.getBody()).containsEntry("merged", false);
  }

  @Test
  void aClosedCaseIsNotMergedInto() {
    // Given a failed redemption that was refunded straight through: the case is closed
    String member = members.newMember();
    String order = members.failedRedemption(member, 1000, DEBITED_AT);
    String closed = fileComplaint(redemptionFailed(member, order, 1000));
    awaitStatus(closed, "RESOLVED");

    // When the member complains about the same order again
    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS,
        redemptionFailed(member, order, 1000));

    // Then it opens a new case
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(caseNumberOf(response)).isNotEqualTo(closed);
    assertThat(response.getBody()).containsEntry("merged", false);
    assertThat(casesOf(member)).isEqualTo(2);
  }

  @Test
  void aNewCaseHasACaseNumberOfTheBusinessYearAndItsLocation() {
    String member = memberWithUnexplainedDebit(300);

    ResponseEntity<Map<String, Object>> response = post("intake", COMPLAINTS,
        unexplainedDeduction(member, 300));

    int year = LocalDate.now(BusinessTime.ZONE).getYear();
    String caseNumber = caseNumberOf(response);
    assertThat(caseNumber).matches("PD-" + year + "-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString(COMPLAINTS + "/" + caseNumber);
    assertThat(response.getBody()).containsEntry("merged", false);
  }

  // --- helpers ---------------------------------------------------------------------------

  private String memberWithUnexplainedDebit(int points) {
    String member = members.newMember();
    members.unexplainedDebit(member, points, DEBITED_AT);
    return member;
  }

  private String unshippedOrder(String member) {
    return members.unshippedOrder(member, members.newGiftInStock(12_000, 25), 12_000,
        OffsetDateTime.parse("2026-10-20T10:15:00+08:00"), LocalDate.of(2026, 10, 27));
  }

  private static String newKey() {
    return "test-" + UUID.randomUUID();
  }

  private static String caseNumberOf(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response).isTrue();
    return (String) response.getBody().get("caseNumber");
  }

  private long casesOf(String member) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_complaint WHERE member_id = ?").param(member)
        .query(Long.class).single();
  }

  private long count(String table, String caseNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE case_number = ?").param(caseNumber)
        .query(Long.class).single();
  }

  private long acknowledgementsQueued(String caseNumber) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM pd_outbox_message
            WHERE case_number = ? AND template LIKE 'acknowledgement%'""")
        .param(caseNumber).query(Long.class).single();
  }

  private void awaitAllMailSent(String caseNumber) {
    await().atMost(PATIENCE).until(() -> jdbc.sql("""
            SELECT COUNT(*) FROM pd_outbox_message WHERE case_number = ? AND sent_at IS NULL""")
        .param(caseNumber).query(Long.class).single() == 0);
  }

  private Map<String, Object> processVariables(String caseNumber) {
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, "ComplaintHandling").singleResult().getId();
    return runtimeService.getVariables(instance);
  }

}
