package com.pointsdesk.notification;

import com.pointsdesk.system.InsertOnce;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox. {@link #enqueue} joins the caller's transaction, so a message exists
 * exactly when the state change it reports was committed; the relay sends it afterwards.
 */
@Repository
public class Outbox {

  private static final RowMapper<OutboxMessage> MAPPER = (rs, i) -> new OutboxMessage(
      rs.getLong("id"), rs.getString("dedupe_key"), rs.getString("case_number"),
      rs.getString("template"), rs.getString("locale"), rs.getString("recipient"),
      rs.getString("subject"), rs.getString("body"),
      rs.getObject("created_at", OffsetDateTime.class), rs.getInt("attempts"),
      rs.getObject("sent_at", OffsetDateTime.class), rs.getString("last_error"),
      rs.getString("in_reply_to"));

  private final JdbcClient jdbc;
  private final Clock clock;
  private final InsertOnce insertOnce;

  Outbox(JdbcClient jdbc, Clock clock, InsertOnce insertOnce) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.insertOnce = insertOnce;
  }

  /** Queues a message once per dedupe key; returns false when it was queued before. */
  boolean enqueue(String dedupeKey, String caseNumber, String template, String locale,
      String recipient, RenderedMail mail) {
    // nearly every message is new: insert at once; a replay's duplicate key inserts nothing
    OffsetDateTime now = OffsetDateTime.now(clock);
    return insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_outbox_message (dedupe_key, case_number, template, locale, recipient,
              subject, body, created_at, next_attempt_at, in_reply_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + onConflict)
        .params(dedupeKey, caseNumber, template, locale, recipient, mail.subject(), mail.body(),
            now, now, MailThreads.inReplyTo(recipient))
        .update());
  }

  /**
   * Claims up to {@code limit} due messages for {@code lease}: a claimed row is skipped by other
   * nodes until the lease runs out, so two relays do not send the same mail at the same time.
   */
  List<OutboxMessage> claimDue(int limit, Duration lease, int maxAttempts) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Long> claimed = jdbc.sql("""
            SELECT id FROM pd_outbox_message
            WHERE sent_at IS NULL AND next_attempt_at <= ?
              AND (claimed_until IS NULL OR claimed_until < ?) AND attempts < ?
            ORDER BY next_attempt_at, id LIMIT ?""")
        .params(now, now, maxAttempts, limit).query(Long.class).list().stream()
        .filter(id -> jdbc.sql("""
                UPDATE pd_outbox_message SET claimed_until = ?
                WHERE id = ? AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)""")
            .params(now.plus(lease), id, now).update() == 1)
        .toList();
    return claimed.isEmpty() ? List.of() : jdbc.sql(
            "SELECT * FROM pd_outbox_message WHERE id IN (:ids) ORDER BY id")
        .param("ids", claimed).query(MAPPER).list();
  }

  void markSent(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql("""
            UPDATE pd_outbox_message
            SET sent_at = :now, attempts = attempts + 1, claimed_until = NULL, last_error = NULL
            WHERE id IN (:ids)""")
        .param("now", OffsetDateTime.now(clock)).param("ids", ids).update();
  }

  void markFailed(long id, String error, Duration retryIn) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("""
            UPDATE pd_outbox_message
            SET attempts = attempts + 1, claimed_until = NULL, last_error = ?, next_attempt_at = ?
            WHERE id = ?""")
        .params(error.length() > 1000 ? error.substring(0, 1000) : error, now.plus(retryIn), id)
        .update();
  }

}
