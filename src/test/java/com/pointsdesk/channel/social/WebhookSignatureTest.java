package com.pointsdesk.channel.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature the gateway sends is the one docs/social/send-signed.sh computes with openssl. */
class WebhookSignatureTest {

  private static final String SECRET = "demo-weibo-secret-for-local-runs-only";
  private static final byte[] BODY = "{\"messageId\":\"wb-1\"}".getBytes(StandardCharsets.UTF_8);
  private static final long TIMESTAMP = 1764547200L;

  @Test
  void theSignatureIsHmacSha256OverTimestampNonceAndBodyAsOpensslComputesIt() {
    // Given printf '%s\n%s\n%s' 1764547200 n-0001 '{"messageId":"wb-1"}'
    //   | openssl dgst -sha256 -hmac demo-weibo-secret-for-local-runs-only -hex
    String openssl = "sha256=19a246c0c8647692a8cd9504396787e07cac2b0546dbe7fd39d8f745a6631a04";

    // When / Then
    assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, "n-0001", BODY)).isEqualTo(openssl);
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0001", BODY, openssl)).isTrue();
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0001", BODY,
        openssl.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
  }

  @Test
  void anyChangeOfBodyNonceTimestampOrSecretBreaksTheSignature() {
    // Given a signed request
    String signature = WebhookSignature.sign(SECRET, TIMESTAMP, "n-0001", BODY);

    // Then it matches nothing else
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0001",
        "{\"messageId\":\"wb-2\"}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0002", BODY, signature)).isFalse();
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP + 1, "n-0001", BODY, signature))
        .isFalse();
    assertThat(WebhookSignature.matches(SECRET + "x", TIMESTAMP, "n-0001", BODY, signature))
        .isFalse();
  }

  @Test
  void aHeaderThatIsNotASha256HexDigestMatchesNothing() {
    String hex = WebhookSignature.sign(SECRET, TIMESTAMP, "n-0001", BODY).substring(7);

    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0001", BODY, hex)).isFalse();
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0001", BODY, "sha256=zz"))
        .isFalse();
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0001", BODY, "sha256=")).isFalse();
    assertThat(WebhookSignature.matches(SECRET, TIMESTAMP, "n-0001", BODY, null)).isFalse();
  }
}
