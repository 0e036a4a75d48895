package com.pointsdesk.channel.social;

import com.pointsdesk.system.InsertOnce;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Nonces of accepted webhook requests. A nonce is used once per channel: its row is inserted in
 * the intake's transaction under a unique key, so of two identical requests at once exactly one
 * gets through. Rows signed before the window are purged, since their requests are stale anyway.
 */
@Repository
class WebhookNonces {

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;
  private final SocialChannelProperties properties;
  private final Clock clock;

  WebhookNonces(JdbcClient jdbc, InsertOnce insertOnce, SocialChannelProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
    this.properties = properties;
    this.clock = clock;
  }

  /** Records the nonce; false when the channel has seen it before (a replay). */
  boolean firstUse(SocialChannel channel, String nonce, Instant signedAt) {
    return insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_webhook_nonce (channel, nonce, signed_at) VALUES (?, ?, ?)"""
            + onConflict)
        .params(channel.name(), nonce, OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC))
        .update());
  }

  @Scheduled(fixedDelayString = "${pointsdesk.channels.nonce-purge-interval:PT10M}")
  void purgeStale() {
    Instant before = clock.instant().minus(properties.signatureWindow());
    jdbc.sql("DELETE FROM pd_webhook_nonce WHERE signed_at < ?")
        .param(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).update();
  }
}
