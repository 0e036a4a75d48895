package com.pointsdesk.notification;

import com.pointsdesk.ledger.SocialAccounts;
import com.pointsdesk.system.InsertOnce;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the social gateway is to post to members on Weibo or WeChat. A member mail about a case
 * that came through a social channel, to a member with an account there, is queued here too, in
 * the mail's transaction and under its dedupe key; the gateway pulls pending messages and
 * acknowledges each delivered one, so nothing is lost while it is down (at least once: it dedupes
 * by id).
 */
@Repository
public class SocialOutbox {

  /** The short form of a mail: its subject and first lines, at most this long. */
  static final int TEXT_MAX = 500;
  private static final int BODY_LINES = 4;

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;
  private final CaseSocialChannels caseChannels;
  private final SocialAccounts accounts;
  private final Clock clock;

  SocialOutbox(JdbcClient jdbc, InsertOnce insertOnce, CaseSocialChannels caseChannels,
      SocialAccounts accounts, Clock clock) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
    this.caseChannels = caseChannels;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Queues the mail's short form on each social channel of the case the member is on. */
  void queue(String mailDedupeKey, MemberCase c, RenderedMail mail) {
    for (String channel : caseChannels.socialChannelsOf(c.caseNumber())) {
      accounts.accountOf(c.memberId(), channel).ifPresent(account -> insertOnce.insert(
          onConflict -> jdbc.sql("""
                  INSERT INTO pd_social_outbox (dedupe_key, channel, account, case_number, text,
                    created_at)
                  VALUES (?, ?, ?, ?, ?, ?)""" + onConflict)
              .params(mailDedupeKey + ":" + channel, channel, account, c.caseNumber(),
                  shortForm(mail), OffsetDateTime.now(clock))
              .update()));
    }
  }

  /** Undelivered messages of the channel, oldest first. */
  public List<SocialOutboxMessage> pending(String channel, int limit) {
    return jdbc.sql("""
            SELECT id, channel, account, case_number, text, created_at FROM pd_social_outbox
            WHERE channel = ? AND delivered_at IS NULL ORDER BY id LIMIT ?""")
        .params(channel, limit)
        .query((rs, i) -> new SocialOutboxMessage(rs.getLong("id"), rs.getString("channel"),
            rs.getString("account"), rs.getString("case_number"), rs.getString("text"),
            rs.getObject("created_at", OffsetDateTime.class)))
        .list();
  }

  /**
   * Marks the messages delivered (again is harmless), all of them or none: returns the ids that
   * are not messages of this channel, and then marks nothing.
   */
  public List<Long> acknowledge(String channel, Collection<Long> ids) {
    List<Long> known = ids.isEmpty() ? List.of() : jdbc.sql(
            "SELECT id FROM pd_social_outbox WHERE channel = :channel AND id IN (:ids)")
        .param("channel", channel).param("ids", ids).query(Long.class).list();
    List<Long> unknown = ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    if (unknown.isEmpty() && !known.isEmpty()) {
      jdbc.sql("""
              UPDATE pd_social_outbox SET delivered_at = :now
              WHERE channel = :channel AND id IN (:ids) AND delivered_at IS NULL""")
          .param("now", OffsetDateTime.now(clock)).param("channel", channel).param("ids", known)
          .update();
    }
    return unknown;
  }

  /** Subject, then the first lines of the body (greeting and what happened), clipped. */
  static String shortForm(RenderedMail mail) {
    List<String> lines = mail.body().lines().map(String::strip).filter(l -> !l.isEmpty())
        .limit(BODY_LINES).toList();
    String text = mail.subject() + "\n" + String.join("\n", lines);
    if (text.length() <= TEXT_MAX) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(TEXT_MAX - 2)) ? TEXT_MAX - 2 : TEXT_MAX - 1;
    return text.substring(0, end) + "…";
  }
}
