package com.pointsdesk.channel.social;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a social webhook request, as the gateway computes it:
 * {@code X-PointsDesk-Signature: sha256=<hex>} of HMAC-SHA256 with the channel's secret over
 * {@code timestamp + "\n" + nonce + "\n" + body} (the raw body bytes). The nonce is signed too:
 * otherwise a captured request replayed with a fresh nonce would pass. Public so that tests and
 * integrators can sign requests; {@code docs/social/send-signed.sh} does the same with openssl.
 */
public final class WebhookSignature {

  public static final String TIMESTAMP_HEADER = "X-PointsDesk-Timestamp";
  public static final String NONCE_HEADER = "X-PointsDesk-Nonce";
  public static final String SIGNATURE_HEADER = "X-PointsDesk-Signature";
  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  /** The {@code X-PointsDesk-Signature} header value for this request. */
  public static String sign(String secret, long timestamp, String nonce, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(mac(secret, timestamp, nonce, body));
  }

  /** Whether the header is the request's signature; compared in constant time. */
  static boolean matches(String secret, long timestamp, String nonce, byte[] body,
      String header) {
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(PREFIX.length()).toLowerCase());
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(mac(secret, timestamp, nonce, body), given);
  }

  private static byte[] mac(String secret, long timestamp, String nonce, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
