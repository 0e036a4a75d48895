package com.pointsdesk.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pointsdesk.system.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatus;

/**
 * A request is taken only when the channel's secret signed it within five minutes of our clock,
 * either way; and the application does not start without a secret for each channel.
 */
class SignedRequestsTest {

  private static final String WEIBO = "w".repeat(40);
  private static final String WECHAT = "c".repeat(40);
  private static final Instant NOW = Instant.parse("2026-11-21T01:12:00Z");
  private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

  private final SignedRequests requests = new SignedRequests(new SocialChannelProperties(
      new SocialChannelProperties.Webhook(WEIBO), new SocialChannelProperties.Webhook(WECHAT),
      null), Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

  @Test
  void aRequestSignedWithinFiveMinutesEitherWayIsTaken() {
    for (Duration skew : new Duration[] {Duration.ZERO, Duration.ofMinutes(-5),
        Duration.ofMinutes(5)}) {
      Instant at = NOW.plus(skew);
      assertThat(verify(SocialChannel.WEIBO, WEIBO, at, "n-1").signedAt()).isEqualTo(at);
    }
  }

  @Test
  void aRequestSignedMoreThanFiveMinutesAwayIsRefused() {
    assertRefused(() -> verify(SocialChannel.WEIBO, WEIBO, NOW.minusSeconds(301), "n-1"));
    assertRefused(() -> verify(SocialChannel.WEIBO, WEIBO, NOW.plusSeconds(301), "n-1"));
  }

  @Test
  void eachChannelHasItsOwnSecret() {
    assertRefused(() -> verify(SocialChannel.WECHAT, WEIBO, NOW, "n-1"));
    assertThat(verify(SocialChannel.WECHAT, WECHAT, NOW, "n-1").nonce()).isEqualTo("n-1");
  }

  @Test
  void missingHeadersATimestampThatIsNoNumberAndAnOverlongNonceAreRefused() {
    String signature = WebhookSignature.sign(WEIBO, NOW.getEpochSecond(), "n-1", BODY);
    assertRefused(() -> requests.verify(SocialChannel.WEIBO, null, "n-1", signature, BODY));
    assertRefused(() -> requests.verify(SocialChannel.WEIBO, "now", "n-1", signature, BODY));
    assertRefused(() -> requests.verify(SocialChannel.WEIBO, "" + NOW.getEpochSecond(), "n-1",
        null, BODY));
    assertRefused(() -> verify(SocialChannel.WEIBO, WEIBO, NOW, "n".repeat(65)));
    assertRefused(() -> verify(SocialChannel.WEIBO, WEIBO, NOW, "a nonce"));
  }

  @Test
  void theApplicationDoesNotStartWithoutASecretForEachChannel() {
    ApplicationContextRunner app =
        new ApplicationContextRunner().withUserConfiguration(Settings.class);

    app.withPropertyValues("pointsdesk.channels.weibo.secret=" + WEIBO)
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("POINTSDESK_WECHAT_SECRET"));
    app.withPropertyValues("pointsdesk.channels.weibo.secret=too-short",
            "pointsdesk.channels.wechat.secret=" + WECHAT)
        .run(context -> assertThat(context).hasFailed());
    app.withPropertyValues("pointsdesk.channels.weibo.secret=" + WEIBO,
            "pointsdesk.channels.wechat.secret=" + WECHAT)
        .run(context -> assertThat(context).hasNotFailed()
            .getBean(SocialChannelProperties.class)
            .extracting(SocialChannelProperties::signatureWindow)
            .isEqualTo(Duration.ofMinutes(5)));
  }

  private SignedRequests.Signed verify(SocialChannel channel, String secret, Instant at,
      String nonce) {
    return requests.verify(channel, String.valueOf(at.getEpochSecond()), nonce,
        WebhookSignature.sign(secret, at.getEpochSecond(), nonce, BODY), BODY);
  }

  private static void assertRefused(Runnable verification) {
    assertThatThrownBy(verification::run).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
  }

  @EnableConfigurationProperties(SocialChannelProperties.class)
  static class Settings {}
}
