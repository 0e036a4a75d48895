package com.pointsdesk.channel.social;

import com.pointsdesk.system.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a webhook request's signature headers against the raw body before anything is parsed
 * or stored: the channel's secret must have signed it, within the signature window of our clock
 * (either direction). The nonce is checked for reuse later, in the intake's transaction.
 */
@Component
@EnableConfigurationProperties(SocialChannelProperties.class)
class SignedRequests {

  private static final String NONCE = "[\\x21-\\x7E]{1,64}";

  private final SocialChannelProperties properties;
  private final Clock clock;

  SignedRequests(SocialChannelProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The verified request's nonce and signing time; 401 for anything else. */
  Signed verify(SocialChannel channel, String timestamp, String nonce, String signature,
      byte[] body) {
    if (timestamp == null || nonce == null || signature == null) {
      throw refused("Signed requests carry " + WebhookSignature.TIMESTAMP_HEADER + ", "
          + WebhookSignature.NONCE_HEADER + " and " + WebhookSignature.SIGNATURE_HEADER + ".");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      throw refused(WebhookSignature.TIMESTAMP_HEADER + " must be epoch seconds.");
    }
    if (!nonce.matches(NONCE)) {
      throw refused(WebhookSignature.NONCE_HEADER + " must be 1-64 printable ASCII characters.");
    }
    if (!WebhookSignature.matches(properties.secretOf(channel), seconds, nonce, body, signature)) {
      throw refused("The signature does not match the request.");
    }
    Instant signedAt = Instant.ofEpochSecond(seconds);
    Duration window = properties.signatureWindow();
    if (Duration.between(signedAt, clock.instant()).abs().compareTo(window) > 0) {
      throw refused("The request was signed more than " + window.toMinutes()
          + " minutes from now.");
    }
    return new Signed(nonce, signedAt);
  }

  static ApiException refused(String detail) {
    return new ApiException(HttpStatus.UNAUTHORIZED, "Request not authenticated", detail,
        List.of());
  }

  record Signed(String nonce, Instant signedAt) {}
}
