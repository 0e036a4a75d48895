package com.pointsdesk.channel.social;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.support.SocialGateway;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Answering on the channel: what PointsDesk mails a member about a case that came through WeChat
 * is also queued for the social gateway, in short, and handed out until the gateway acknowledges
 * it (at least once), so nothing is lost while the gateway is down.
 */
class SocialOutboxTest extends ScenarioTest {

  @Test
  void aNotificationOfAWeChatCaseWaitsInTheOutboxUntilTheGatewayAcknowledgesIt() {
    // Given a member on WeChat whose complaint came by WeChat
    String member = SocialGateway.memberOnWeChat(members, jdbc);
    String caseNumber = weChatCaseOf(member);

    // When the gateway asks for what to post
    List<Map<String, Object>> pending = outboxOf("wechat", caseNumber);

    // Then her acknowledgement is there, for her account, in short
    assertThat(pending).first().satisfies(m -> {
      assertThat(m).containsEntry("account", SocialGateway.weChatAccountOf(member))
          .containsEntry("caseNumber", caseNumber).containsKeys("id", "createdAt");
      assertThat(m.get("text").toString()).startsWith("【积分投诉】已受理 [" + caseNumber + "]");
    });
    // and it is handed out again while not acknowledged
    assertThat(outboxOf("wechat", caseNumber)).isEqualTo(pending);
    // but never to the Weibo side
    assertThat(outboxOf("weibo", caseNumber)).isEmpty();

    // When the gateway acknowledges what it delivered (the first one twice)
    long first = ((Number) pending.get(0).get("id")).longValue();
    assertThat(ack("wechat", first).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(ack("wechat", first).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    List<Long> rest = pending.stream().skip(1).map(m -> ((Number) m.get("id")).longValue())
        .toList();
    if (!rest.isEmpty()) {
      assertThat(post("intake", "/api/v1/channels/wechat/outbox/ack", Map.of("ids", rest))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    // Then it is no longer pending
    assertThat(outboxOf("wechat", caseNumber)).isEmpty();
  }

  @Test
  void aCaseThatDidNotComeThroughASocialChannelIsAnsweredByMailOnly() {
    // Given a member on WeChat who complains in the app
    String member = SocialGateway.memberOnWeChat(members, jdbc);
    Map<String, Object> inApp = ComplaintBodies.unexplainedDeduction(member, 300);
    inApp.put("channel", "IN_APP");
    String caseNumber = fileComplaint(inApp);

    // When her acknowledgement was mailed
    awaitMails(caseNumber, 1);

    // Then nothing waits for the gateway
    assertThat(outboxOf("wechat", caseNumber)).isEmpty();
  }

  @Test
  void acknowledgingAMessageTheChannelDoesNotHaveIsNotFoundAndMarksNothing() {
    // Given a pending WeChat message
    String caseNumber = weChatCaseOf(SocialGateway.memberOnWeChat(members, jdbc));
    long id = ((Number) outboxOf("wechat", caseNumber).get(0).get("id")).longValue();

    // When the gateway acknowledges it on the Weibo side, or with an id that does not exist
    assertProblem(ack("weibo", id), HttpStatus.NOT_FOUND);
    assertProblem(post("intake", "/api/v1/channels/wechat/outbox/ack",
        Map.of("ids", List.of(id, Long.MAX_VALUE))), HttpStatus.NOT_FOUND);

    // Then it is still pending; and only the gateway reads the outbox
    assertThat(outboxOf("wechat", caseNumber))
        .extracting(m -> ((Number) m.get("id")).longValue()).contains(id);
    assertProblem(get("agent", "/api/v1/channels/wechat/outbox"), HttpStatus.FORBIDDEN);
    assertProblem(get("intake", "/api/v1/channels/wechat/outbox?limit=0"),
        HttpStatus.BAD_REQUEST);
  }

  /** Her WeChat message about the vanished points, once its case has been checked. */
  private String weChatCaseOf(String member) {
    String caseNumber = (String) SocialGateway.deliver(http, "wechat",
        SocialGateway.message(SocialGateway.newMessageId(), "DIRECT_MESSAGE",
            SocialGateway.weChatAccountOf(member), "积分无故减少300点"))
        .getBody().get("caseNumber");
    await().atMost(PATIENCE).until(() -> !"RECEIVED".equals(caseView(caseNumber).get("status")));
    return caseNumber;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> outboxOf(String channel, String caseNumber) {
    List<Map<String, Object>> messages = (List<Map<String, Object>>) get("intake",
        "/api/v1/channels/" + channel + "/outbox?limit=500").getBody().get("messages");
    return messages.stream().filter(m -> caseNumber.equals(m.get("caseNumber"))).toList();
  }

  private ResponseEntity<Map<String, Object>> ack(String channel, long id) {
    return post("intake", "/api/v1/channels/" + channel + "/outbox/" + id + "/ack", null);
  }
}
