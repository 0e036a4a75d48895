package com.pointsdesk.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pointsdesk.channel.social.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's social gateway as the tests play it: signs a Weibo or WeChat message with the
 * demo secret of its channel and delivers it as {@code intake} (README "Channels").
 */
public final class SocialGateway {

  public static final String WEIBO_SECRET = "demo-weibo-secret-for-local-runs-only";
  public static final String WECHAT_SECRET = "demo-wechat-secret-for-local-runs-only";
  /** Ms. Zhang's (U10001) Weibo account in the demo fixtures. */
  public static final String ZHANG_ON_WEIBO = "1650010001";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SocialGateway() {}

  /** A message as the gateway describes it; put further fields (category, orderId …) as needed. */
  public static Map<String, Object> message(String messageId, String kind, String account,
      String text) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("messageId", messageId);
    message.put("kind", kind);
    message.put("account", account);
    message.put("text", text);
    message.put("postedAt", OffsetDateTime.parse("2026-11-21T09:12:00+08:00").toString());
    return message;
  }

  /** A fresh message id, so tests sharing one database never collide. */
  public static String newMessageId() {
    return "m-" + UUID.randomUUID();
  }

  /** Signs the message now, with a fresh nonce, and delivers it. */
  public static ResponseEntity<Map<String, Object>> deliver(TestRestTemplate http,
      String channel, Map<String, Object> message) {
    return deliver(http, channel, json(message));
  }

  public static ResponseEntity<Map<String, Object>> deliver(TestRestTemplate http,
      String channel, byte[] body) {
    return send(http, channel, Signed.now(channel, body));
  }

  /** Delivers a request exactly as signed (a replay sends the same one again). */
  public static ResponseEntity<Map<String, Object>> send(TestRestTemplate http, String channel,
      Signed request) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (request.timestamp() != null) {
      headers.set(WebhookSignature.TIMESTAMP_HEADER, request.timestamp());
      headers.set(WebhookSignature.NONCE_HEADER, request.nonce());
      headers.set(WebhookSignature.SIGNATURE_HEADER, request.signature());
    }
    return http.withBasicAuth("intake", "intake").exchange("/api/v1/channels/" + channel,
        HttpMethod.POST, new HttpEntity<>(request.body(), headers),
        new ParameterizedTypeReference<>() {});
  }

  /**
   * A fresh member whose 300 points vanished on 2026-11-18 (the Mr. Wang story), on WeChat as
   * {@link #weChatAccountOf}.
   */
  public static String memberOnWeChat(TestMembers members, JdbcClient jdbc) {
    String member = members.newMember();
    members.unexplainedDebit(member, 300, OffsetDateTime.parse("2026-11-18T08:00:00+08:00"));
    link(jdbc, "WECHAT", weChatAccountOf(member), member);
    return member;
  }

  public static String weChatAccountOf(String member) {
    return "wx-" + member;
  }

  /** Links a social account to a member, as the demo fixtures or an agent do. */
  public static void link(JdbcClient jdbc, String channel, String account, String memberId) {
    jdbc.sql("""
            INSERT INTO pd_social_account (channel, account, member_id, linked_at, linked_by)
            VALUES (?, ?, ?, ?, 'test')""")
        .params(channel, account, memberId, OffsetDateTime.now()).update();
  }

  public static byte[] json(Map<String, Object> message) {
    try {
      return JSON.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String secretOf(String channel) {
    return "weibo".equals(channel) ? WEIBO_SECRET : WECHAT_SECRET;
  }

  /** One signed request: headers as sent ({@code timestamp} null: sent without them). */
  public record Signed(byte[] body, String timestamp, String nonce, String signature) {

    public static Signed now(String channel, byte[] body) {
      return at(Instant.now(), channel, body);
    }

    public static Signed at(Instant signedAt, String channel, byte[] body) {
      return with(secretOf(channel), signedAt, body);
    }

    public static Signed with(String secret, Instant signedAt, byte[] body) {
      String nonce = UUID.randomUUID().toString();
      long seconds = signedAt.getEpochSecond();
      return new Signed(body, String.valueOf(seconds), nonce,
          WebhookSignature.sign(secret, seconds, nonce, body));
    }

    public static Signed unsigned(byte[] body) {
      return new Signed(body, null, null, null);
    }

    public static Signed text(String channel, String body) {
      return now(channel, body.getBytes(StandardCharsets.UTF_8));
    }
  }
}
