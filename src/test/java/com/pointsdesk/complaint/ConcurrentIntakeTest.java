package com.pointsdesk.complaint;

import static com.pointsdesk.support.ComplaintBodies.deliveryDelayed;
import static com.pointsdesk.support.ComplaintBodies.unexplainedDeduction;
import static com.pointsdesk.support.Race.allAtOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import com.pointsdesk.support.ScenarioTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Channels push complaints in parallel, and the same member often uses several at the same
 * moment (seed step 4). Requests here really race ({@link com.pointsdesk.support.Race}).
 */
class ConcurrentIntakeTest extends ScenarioTest {

  private static final int MEMBERS_AT_ONCE = 12;

  @RepeatedTest(5)
  void theSameComplaintThroughTwoChannelsAtOnceEndsInOneCase() throws Exception {
    // Given a member whose gift never shipped, complaining in the app and on WeChat
    String member = members.newMember();
    String order = members.unshippedOrder(member, members.newGiftInStock(12_000, 25), 12_000,
        OffsetDateTime.parse("2026-10-20T10:15:00+08:00"), LocalDate.of(2026, 10, 27));
    Map<String, Object> inApp = deliveryDelayed(member, order);
    Map<String, Object> weChat = deliveryDelayed(member, order);
    weChat.put("channel", "WECHAT");

    // When both arrive at the same moment
    List<ResponseEntity<Map<String, Object>>> responses = allAtOnce(List.of(
        () -> post("intake", "/api/v1/complaints", inApp),
        () -> post("intake", "/api/v1/complaints", weChat)), PATIENCE);

    // Then one opened the case and the other was merged into it
    String caseNumber = oneCaseFor(member, responses);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    assertThat(caseView(caseNumber).get("channels")).asInstanceOf(LIST)
        .containsExactlyInAnyOrder("IN_APP", "WECHAT");
  }

  @Test
  void aRequestAndItsRetryAtOnceWithOneIdempotencyKeyMakeOneCase() throws Exception {
    // Given a channel that retries a complaint before the first attempt has answered
    String member = members.newMember();
    Map<String, Object> complaint = unexplainedDeduction(member, 300);
    String key = "retry-" + member;

    // When both attempts arrive at the same moment
    List<ResponseEntity<Map<String, Object>>> responses = allAtOnce(List.of(
        () -> post("intake", "/api/v1/complaints", complaint, key),
        () -> post("intake", "/api/v1/complaints", complaint, key)), PATIENCE);

    // Then one made the case and the other got it back
    oneCaseFor(member, responses);
  }

  @Test
  void manyMembersAtOnceGetDistinctGapFreeCaseNumbers() throws Exception {
    // Given a dozen members, each with points that vanished
    List<Callable<ResponseEntity<Map<String, Object>>>> complaints = IntStream
        .range(0, MEMBERS_AT_ONCE)
        .mapToObj(i -> members.newMember())
        .<Callable<ResponseEntity<Map<String, Object>>>>map(member ->
            () -> post("intake", "/api/v1/complaints", unexplainedDeduction(member, 300)))
        .toList();

    // When they all complain at the same moment
    List<ResponseEntity<Map<String, Object>>> responses = allAtOnce(complaints, PATIENCE);

    // Then each got its own case, and the numbers follow each other without a gap
    assertThat(responses).extracting(ResponseEntity::getStatusCode)
        .containsOnly(HttpStatus.CREATED);
    List<Integer> numbers = responses.stream()
        .map(r -> (String) r.getBody().get("caseNumber"))
        .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
        .sorted().toList();
    assertThat(numbers).doesNotHaveDuplicates();
    assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(MEMBERS_AT_ONCE - 1);
  }


  /** One request opened the member's only case (201), the other got that case back (200). */
  private String oneCaseFor(String member, List<ResponseEntity<Map<String, Object>>> responses) {
    assertThat(responses).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
    String caseNumber = (String) responses.get(0).getBody().get("caseNumber");
    assertThat(responses).extracting(r -> r.getBody().get("caseNumber")).containsOnly(caseNumber);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_complaint WHERE member_id = ?").param(member)
        .query(Long.class).single()).isEqualTo(1);
    return caseNumber;
  }
}
