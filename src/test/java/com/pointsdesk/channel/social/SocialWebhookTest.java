package com.pointsdesk.channel.social;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static com.pointsdesk.support.ApiProblems.errorAbout;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.Race;
import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.support.SocialGateway;
import com.pointsdesk.support.SocialGateway.Signed;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The signed webhooks of the social gateway: a request the channel's secret signed within five
 * minutes, with a nonce never used before, is taken; anything else is 401 and stores nothing (no
 * case, no nonce, no message). A body that is no social message is 400.
 */
class SocialWebhookTest extends ScenarioTest {

  @Autowired private WebhookNonces nonces;

  @Test
  void aSignedDirectMessageOfAKnownMemberOpensACaseAndTheGatewaysRetryFindsIt() {
    // Given a member on WeChat whose points vanished
    String member = memberOnWeChat();
    String messageId = SocialGateway.newMessageId();
    Map<String, Object> message = SocialGateway.message(messageId, "DIRECT_MESSAGE",
        accountOf(member), "我的积分无故减少了300点，请帮忙查一下");

    // When the gateway delivers her direct message
    ResponseEntity<Map<String, Object>> created = SocialGateway.deliver(http, "wechat", message);

    // Then a case is opened on the WeChat channel, with the category the text names
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) created.getBody().get("caseNumber");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/complaints/" + caseNumber);
    assertThat(created.getBody()).containsEntry("memberId", member)
        .containsEntry("category", "UNEXPLAINED_DEDUCTION")
        .containsEntry("channels", List.of("WECHAT")).containsEntry("priority", "NORMAL");

    // When the gateway, unsure it arrived, sends it again (freshly signed)
    ResponseEntity<Map<String, Object>> again = SocialGateway.deliver(http, "wechat", message);

    // Then it finds the same case, and there is still one
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("caseNumber", caseNumber);
    assertThat(casesOf(member)).isOne();
  }

  @Test
  void aRequestSignedWithAnotherSecretIsRefusedAndNothingIsStored() {
    // Given a message signed with a secret that is not WeChat's
    String member = memberOnWeChat();
    Signed forged = Signed.with("x".repeat(40), Instant.now(), body(member));

    // When / Then
    assertProblem(SocialGateway.send(http, "wechat", forged), HttpStatus.UNAUTHORIZED);
    assertNothingStored(member, forged);
  }

  @Test
  void aRequestWithoutSignatureHeadersIsRefused() {
    String member = memberOnWeChat();

    assertProblem(SocialGateway.send(http, "wechat", Signed.unsigned(body(member))),
        HttpStatus.UNAUTHORIZED);
    assertThat(casesOf(member)).isZero();
  }

  @Test
  void aRequestSignedMoreThanFiveMinutesBeforeOurClockIsRefused() {
    // Given a request signed now
    String member = memberOnWeChat();
    Signed signed = Signed.now("wechat", body(member));

    // When our clock has moved on by five minutes and a second before it arrives
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(301)));
    ResponseEntity<Map<String, Object>> response;
    try {
      response = SocialGateway.send(http, "wechat", signed);
    } finally {
      ClockUtil.reset();
    }

    // Then it is stale: refused, nothing stored
    assertThat(assertProblem(response, HttpStatus.UNAUTHORIZED).get("detail").toString())
        .contains("5 minutes");
    assertNothingStored(member, signed);
  }

  @Test
  void aRequestSignedMoreThanFiveMinutesAheadOfOurClockIsRefused() {
    String member = memberOnWeChat();
    Signed ahead = Signed.at(Instant.now().plusSeconds(360), "wechat", body(member));

    assertProblem(SocialGateway.send(http, "wechat", ahead), HttpStatus.UNAUTHORIZED);
    assertNothingStored(member, ahead);
  }

  @Test
  void theSameSignedRequestAgainIsAReplayAndRefused() {
    // Given a request that was taken
    String member = memberOnWeChat();
    Signed signed = Signed.now("wechat", body(member));
    assertThat(SocialGateway.send(http, "wechat", signed).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    // When someone sends the very same request again
    ResponseEntity<Map<String, Object>> replay = SocialGateway.send(http, "wechat", signed);

    // Then its nonce was used: refused, and still one case, one message, one nonce
    assertThat(assertProblem(replay, HttpStatus.UNAUTHORIZED).get("detail").toString())
        .contains("nonce");
    assertThat(casesOf(member)).isOne();
    assertThat(messagesOf(member)).isOne();
    assertThat(noncesOf(signed)).isOne();
  }

  @Test
  void aUsedNonceIsForgottenOnlyOnceItsRequestIsStaleAnyway() {
    // Given a request that was taken
    String member = memberOnWeChat();
    Signed signed = Signed.now("wechat", body(member));
    SocialGateway.send(http, "wechat", signed);

    // When the purge runs within the window, and again after it
    nonces.purgeStale();
    long withinWindow = noncesOf(signed);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(301)));
    ResponseEntity<Map<String, Object>> replay;
    try {
      nonces.purgeStale();
      replay = SocialGateway.send(http, "wechat", signed);
    } finally {
      ClockUtil.reset();
    }

    // Then the nonce was kept while it could be replayed, and its replay is refused still
    assertThat(withinWindow).isOne();
    assertThat(noncesOf(signed)).isZero();
    assertProblem(replay, HttpStatus.UNAUTHORIZED);
    assertThat(casesOf(member)).isOne();
  }

  @Test
  void twoIdenticalRequestsAtTheSameMomentGetThroughOnce() throws Exception {
    // Given one signed request
    String member = memberOnWeChat();
    Signed signed = Signed.now("wechat", body(member));

    // When it is sent twice at the same moment
    Callable<ResponseEntity<Map<String, Object>>> send =
        () -> SocialGateway.send(http, "wechat", signed);
    List<ResponseEntity<Map<String, Object>>> answers =
        Race.allAtOnce(List.of(send, send), Duration.ofSeconds(30));

    // Then one is taken and the other refused as a replay
    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.UNAUTHORIZED);
    assertThat(casesOf(member)).isOne();
    assertThat(noncesOf(signed)).isOne();
  }

  @Test
  void aSignedBodyThatIsNotJsonIsABadRequestAndStoresNothing() {
    String member = memberOnWeChat();
    Signed notJson = Signed.text("wechat", "messageId=wb-1&text=积分没了");

    Map<String, Object> problem =
        assertProblem(SocialGateway.send(http, "wechat", notJson), HttpStatus.BAD_REQUEST);

    assertThat(problem.get("errors")).isEqualTo(List.of());
    assertThat(noncesOf(notJson)).isZero();
    assertThat(casesOf(member)).isZero();
  }

  @Test
  void aMessageWithoutItsFieldsIsABadRequestNamingThem() {
    Signed incomplete = Signed.text("weibo", "{\"messageId\": \"wb-incomplete\", "
        + "\"kind\": \"TWEET\"}");
    Signed missing = Signed.text("weibo", "{\"messageId\": \"wb-incomplete\"}");

    Map<String, Object> wrongKind =
        assertProblem(SocialGateway.send(http, "weibo", incomplete), HttpStatus.BAD_REQUEST);
    Map<String, Object> fields =
        assertProblem(SocialGateway.send(http, "weibo", missing), HttpStatus.BAD_REQUEST);

    assertThat(errorAbout(wrongKind, "kind")).contains("PUBLIC_POST");
    for (String field : List.of("account", "kind", "postedAt", "text")) {
      errorAbout(fields, field);
    }
    assertThat(noncesOf(missing)).isZero();
  }

  @Test
  void onlyTheGatewayDeliversAndOnlyToTheChannelsItConnects() {
    String member = memberOnWeChat();
    ResponseEntity<Map<String, Object>> asAgent = post("agent", "/api/v1/channels/wechat",
        SocialGateway.message("x", "DIRECT_MESSAGE", accountOf(member), "积分无故减少"));
    ResponseEntity<Map<String, Object>> twitter =
        SocialGateway.send(http, "twitter", Signed.now("wechat", body(member)));

    assertProblem(asAgent, HttpStatus.FORBIDDEN);
    assertProblem(twitter, HttpStatus.NOT_FOUND);
    assertThat(casesOf(member)).isZero();
  }

  // --- helpers ---------------------------------------------------------------------------

  private String memberOnWeChat() {
    return SocialGateway.memberOnWeChat(members, jdbc);
  }

  private static String accountOf(String member) {
    return SocialGateway.weChatAccountOf(member);
  }

  private static byte[] body(String member) {
    return SocialGateway.json(SocialGateway.message(SocialGateway.newMessageId(),
        "DIRECT_MESSAGE", accountOf(member), "积分无故减少300点"));
  }

  private void assertNothingStored(String member, Signed request) {
    assertThat(casesOf(member)).as("cases").isZero();
    assertThat(messagesOf(member)).as("social messages").isZero();
    assertThat(noncesOf(request)).as("nonces").isZero();
  }

  private long casesOf(String member) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_complaint WHERE member_id = ?").param(member)
        .query(Long.class).single();
  }

  private long messagesOf(String member) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_social_message WHERE account = ?")
        .param(accountOf(member)).query(Long.class).single();
  }

  private long noncesOf(Signed request) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_webhook_nonce WHERE nonce = ?")
        .param(request.nonce()).query(Long.class).single();
  }
}
