package com.pointsdesk.channel.social;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.support.SocialGateway;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Messages PointsDesk cannot map to a case — from an account no member is linked to, or naming
 * no problem while the member has no one open case — get no case but wait for an agent, who
 * links the account to the member; the waiting messages then go through the intake, once.
 */
class SocialAccountsTest extends ScenarioTest {

  private static final String UNMAPPED = "/api/v1/channels/unmapped?limit=500";

  @Test
  void aMessageFromAnUnknownAccountOpensNoCaseButWaitsForAnAgent() {
    // Given an account no member is linked to
    String account = "wx-stranger-" + SocialGateway.newMessageId();
    String messageId = SocialGateway.newMessageId();

    // When the gateway delivers its message, which quotes a password
    ResponseEntity<Map<String, Object>> response = SocialGateway.deliver(http, "wechat",
        SocialGateway.message(messageId, "DIRECT_MESSAGE", account,
            "积分无故减少了500点，我的密码是abc12345，请帮忙查一下"));

    // Then it is recorded, not a case
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(response.getBody()).containsEntry("status", "RECORDED")
        .containsEntry("reason", "UNKNOWN_ACCOUNT").containsEntry("messageId", messageId)
        .doesNotContainKey("caseNumber");
    // and agents see it, without the password
    Map<String, Object> waiting = unmapped(messageId);
    assertThat(waiting).containsEntry("channel", "WECHAT")
        .containsEntry("reason", "UNKNOWN_ACCOUNT").containsEntry("memberId", null);
    assertThat(message(waiting).get("text").toString()).contains("REDACTED")
        .doesNotContain("abc12345");
    // while the gateway itself may not read the list
    assertProblem(get("intake", UNMAPPED), HttpStatus.FORBIDDEN);
  }

  @Test
  void linkingTheAccountTakesItsWaitingMessageInOnce() {
    // Given a message about vanished points from an account nobody is linked to yet
    String member = members.newMember();
    members.unexplainedDebit(member, 500, OffsetDateTime.parse("2026-11-18T08:00:00+08:00"));
    String account = "wx-" + member;
    String messageId = SocialGateway.newMessageId();
    Map<String, Object> message = SocialGateway.message(messageId, "DIRECT_MESSAGE", account,
        "积分无故减少了500点，请帮忙查一下");
    SocialGateway.deliver(http, "wechat", message);

    // When an agent links the account to the member
    ResponseEntity<Map<String, Object>> linked = link("wechat", account, member, null);

    // Then the message became her case, on the WeChat channel
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> takenIn = takenIn(linked);
    assertThat(takenIn).singleElement().satisfies(m -> assertThat(m)
        .containsEntry("messageId", messageId));
    String caseNumber = (String) takenIn.get(0).get("caseNumber");
    assertThat(caseView(caseNumber)).containsEntry("memberId", member)
        .containsEntry("category", "UNEXPLAINED_DEDUCTION")
        .containsEntry("channels", List.of("WECHAT"));
    assertThat(unmappedMessageIds()).doesNotContain(messageId);

    // When the agent links it again, and the gateway delivers the message once more
    ResponseEntity<Map<String, Object>> again = link("wechat", account, member, null);
    ResponseEntity<Map<String, Object>> redelivered =
        SocialGateway.deliver(http, "wechat", message);

    // Then nothing new is taken in: one case
    assertThat(takenIn(again)).isEmpty();
    assertThat(redelivered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(redelivered.getBody()).containsEntry("caseNumber", caseNumber);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_complaint WHERE member_id = ?").param(member)
        .query(Long.class).single()).isOne();
  }

  @Test
  void theMemberIsAnsweredOnTheAccountAnAgentLinkedLast() {
    // Given a member on WeChat who writes from a second account nobody linked yet
    String member = SocialGateway.memberOnWeChat(members, jdbc);
    String secondAccount = "wx-second-" + member;
    SocialGateway.deliver(http, "wechat", SocialGateway.message(SocialGateway.newMessageId(),
        "DIRECT_MESSAGE", secondAccount, "积分无故减少300点"));

    // When an agent links that account to her
    String caseNumber = (String) takenIn(link("wechat", secondAccount, member, null)).get(0)
        .get("caseNumber");

    // Then her acknowledgement goes to the gateway for that account
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outbox = (List<Map<String, Object>>) get("intake",
        "/api/v1/channels/wechat/outbox?limit=500").getBody().get("messages");
    assertThat(outbox).filteredOn(m -> caseNumber.equals(m.get("caseNumber"))).isNotEmpty()
        .allSatisfy(m -> assertThat(m).containsEntry("account", secondAccount));
  }

  @Test
  void aMessageThatNamesNoProblemJoinsTheMembersOneOpenCase() {
    // Given a member on WeChat with one open in-app case
    String member = members.newMember();
    String order = members.unshippedOrder(member, members.newGiftInStock(5000, 40), 5000,
        OffsetDateTime.parse("2026-10-20T10:00:00+08:00"), java.time.LocalDate.of(2026, 10, 27));
    String caseNumber = fileComplaint(ComplaintBodies.deliveryDelayed(member, order));
    SocialGateway.link(jdbc, "WECHAT", "wx-" + member, member);

    // When she asks on WeChat, without saying what about
    ResponseEntity<Map<String, Object>> response = SocialGateway.deliver(http, "wechat",
        SocialGateway.message(SocialGateway.newMessageId(), "DIRECT_MESSAGE", "wx-" + member,
            "你好，请问我的投诉处理得怎么样了？"));

    // Then her message joins that case, which now has the WeChat channel too
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true).containsEntry("channels", List.of("IN_APP", "WECHAT"));
  }

  @Test
  void aMessageThatNamesNoProblemOfAMemberWithoutACaseWaitsForTheAgentsCategory() {
    // Given a member on WeChat with no case, who writes without saying what about
    String member = SocialGateway.memberOnWeChat(members, jdbc);
    String messageId = SocialGateway.newMessageId();
    ResponseEntity<Map<String, Object>> response = SocialGateway.deliver(http, "wechat",
        SocialGateway.message(messageId, "DIRECT_MESSAGE", "wx-" + member, "你好，在吗？"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(response.getBody()).containsEntry("reason", "NO_CATEGORY");
    assertThat(unmapped(messageId)).containsEntry("memberId", member);

    // When an agent who read it confirms the account with the category it is about
    ResponseEntity<Map<String, Object>> linked =
        link("wechat", "wx-" + member, member, "UNEXPLAINED_DEDUCTION");

    // Then it is her case now
    String caseNumber = (String) takenIn(linked).get(0).get("caseNumber");
    assertThat(caseView(caseNumber)).containsEntry("category", "UNEXPLAINED_DEDUCTION")
        .containsEntry("memberId", member);
  }

  @Test
  void anAccountLinkedToOneMemberIsNotLinkedToAnother() {
    String member = members.newMember();
    SocialGateway.link(jdbc, "WEIBO", "wb-" + member, member);

    assertProblem(link("weibo", "wb-" + member, members.newMember(), null), HttpStatus.CONFLICT);
    assertProblem(link("weibo", "wb-x-" + member, "NO-SUCH-MEMBER", null), HttpStatus.NOT_FOUND);
    assertProblem(post("intake", "/api/v1/channels/weibo/accounts",
        Map.of("account", "wb-y-" + member, "memberId", member)), HttpStatus.FORBIDDEN);
  }

  // --- helpers ---------------------------------------------------------------------------

  private ResponseEntity<Map<String, Object>> link(String channel, String account,
      String memberId, String category) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("account", account,
        "memberId", memberId));
    if (category != null) {
      body.put("category", category);
    }
    return post("agent", "/api/v1/channels/" + channel + "/accounts", body);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> takenIn(ResponseEntity<Map<String, Object>> linked) {
    return (List<Map<String, Object>>) linked.getBody().get("takenIn");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> unmappedMessages() {
    return (List<Map<String, Object>>) get("agent", UNMAPPED).getBody().get("messages");
  }

  private List<Object> unmappedMessageIds() {
    return unmappedMessages().stream().map(m -> message(m).get("messageId")).toList();
  }

  private Map<String, Object> unmapped(String messageId) {
    return unmappedMessages().stream()
        .filter(m -> messageId.equals(message(m).get("messageId"))).findFirst()
        .orElseThrow(() -> new AssertionError("Not waiting: " + messageId));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> message(Map<String, Object> waiting) {
    return (Map<String, Object>) waiting.get("message");
  }
}
