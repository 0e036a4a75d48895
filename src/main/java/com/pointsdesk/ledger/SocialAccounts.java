package com.pointsdesk.ledger;

import com.pointsdesk.system.InsertOnce;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members' accounts on social channels: which member a Weibo uid or WeChat openid is, and where
 * to answer a member on a channel. Channels are named as the complaint channels are
 * ({@code WEIBO}, {@code WECHAT}). A member may have several; one is answered.
 */
@Repository
public class SocialAccounts {

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;

  SocialAccounts(JdbcClient jdbc, InsertOnce insertOnce) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
  }

  public Optional<String> memberOf(String channel, String account) {
    return jdbc.sql("SELECT member_id FROM pd_social_account WHERE channel = ? AND account = ?")
        .params(channel, account).query(String.class).optional();
  }

  /**
   * The member's account on the channel; of several, the one linked last (an agent who links an
   * account has just seen the member write from it).
   */
  public Optional<String> accountOf(String memberId, String channel) {
    return jdbc.sql("""
            SELECT account FROM pd_social_account WHERE member_id = ? AND channel = ?
            ORDER BY linked_at DESC, account""")
        .params(memberId, channel).query(String.class).list().stream().findFirst();
  }

  /**
   * Links the account to the member unless it is linked already (a concurrent link included);
   * returns the member it is linked to now, which is another one when it was linked before.
   */
  public String link(String channel, String account, String memberId, String linkedBy,
      OffsetDateTime at) {
    insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_social_account (channel, account, member_id, linked_at, linked_by)
            VALUES (?, ?, ?, ?, ?)""" + onConflict)
        .params(channel, account, memberId, at, linkedBy).update());
    return memberOf(channel, account).orElseThrow();
  }
}
