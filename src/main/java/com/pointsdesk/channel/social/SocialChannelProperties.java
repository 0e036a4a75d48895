package com.pointsdesk.channel.social;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the social webhooks: a secret per channel that the gateway signs with, and how far
 * a request's timestamp may be from our clock. The application refuses to start without a
 * secret (in {@code prod} they come from POINTSDESK_WEIBO_SECRET and POINTSDESK_WECHAT_SECRET).
 */
@ConfigurationProperties("pointsdesk.channels")
record SocialChannelProperties(Webhook weibo, Webhook wechat, Duration signatureWindow) {

  /** Shorter secrets are guessable offline from one signed request. */
  static final int MIN_SECRET_LENGTH = 32;

  SocialChannelProperties {
    signatureWindow = signatureWindow == null ? Duration.ofMinutes(5) : signatureWindow;
    require(weibo, "weibo", "POINTSDESK_WEIBO_SECRET");
    require(wechat, "wechat", "POINTSDESK_WECHAT_SECRET");
  }

  String secretOf(SocialChannel channel) {
    return (channel == SocialChannel.WEIBO ? weibo : wechat).secret();
  }

  private static void require(Webhook webhook, String channel, String environment) {
    if (webhook == null || webhook.secret() == null
        || webhook.secret().strip().length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException("pointsdesk.channels." + channel + ".secret must be set"
          + " to at least " + MIN_SECRET_LENGTH + " characters (in prod: " + environment + ")");
    }
  }

  /** One channel's webhook. */
  record Webhook(String secret) {}
}
