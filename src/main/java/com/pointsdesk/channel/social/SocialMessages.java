package com.pointsdesk.channel.social;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.system.InsertOnce;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every message the social gateway delivered, once per channel and message id. */
@Repository
class SocialMessages {

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;

  SocialMessages(JdbcClient jdbc, InsertOnce insertOnce) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
  }

  Optional<StoredMessage> find(SocialChannel channel, String messageId) {
    return jdbc.sql("SELECT * FROM pd_social_message WHERE channel = ? AND message_id = ?")
        .params(channel.name(), messageId).query(SocialMessages::map).optional();
  }

  /** Records a message (its text already cleaned) with its case or why it has none; once. */
  void record(SocialChannel channel, SocialMessage m, String memberId, IntakeOutcome outcome,
      StoredMessage.Unmapped reason, OffsetDateTime at) {
    insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_social_message (channel, message_id, kind, account, text, posted_at,
              post_url, category, order_id, received_at, member_id, case_number, merged,
              unmapped_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + onConflict)
        .params(channel.name(), m.messageId(), m.kind().name(), m.account(), m.text(),
            m.postedAt(), m.postUrl(), m.category() == null ? null : m.category().name(),
            m.orderId(), at, memberId, outcome == null ? null : outcome.caseNumber(),
            outcome != null && outcome.merged(), reason == null ? null : reason.name())
        .update());
  }

  /** Messages without a case, oldest first: what agents are asked to link. */
  List<StoredMessage> unmapped(int limit) {
    return jdbc.sql("""
            SELECT * FROM pd_social_message WHERE case_number IS NULL
            ORDER BY received_at, id LIMIT ?""")
        .param(limit).query(SocialMessages::map).list();
  }

  /** The account's messages without a case, locked until the linking transaction ends. */
  List<StoredMessage> unmappedOf(SocialChannel channel, String account) {
    return jdbc.sql("""
            SELECT * FROM pd_social_message
            WHERE channel = ? AND account = ? AND case_number IS NULL ORDER BY id FOR UPDATE""")
        .params(channel.name(), account).query(SocialMessages::map).list();
  }

  void takenIn(long id, String memberId, IntakeOutcome outcome) {
    jdbc.sql("""
            UPDATE pd_social_message
            SET member_id = ?, case_number = ?, merged = ?, unmapped_reason = NULL WHERE id = ?""")
        .params(memberId, outcome.caseNumber(), outcome.merged(), id).update();
  }

  void stillUnmapped(long id, String memberId, StoredMessage.Unmapped reason) {
    jdbc.sql("UPDATE pd_social_message SET member_id = ?, unmapped_reason = ? WHERE id = ?")
        .params(memberId, reason.name(), id).update();
  }

  private static StoredMessage map(ResultSet rs, int row) throws SQLException {
    String category = rs.getString("category");
    String reason = rs.getString("unmapped_reason");
    SocialMessage message = new SocialMessage(rs.getString("message_id"),
        SocialMessage.Kind.valueOf(rs.getString("kind")), rs.getString("account"),
        rs.getString("text"), rs.getObject("posted_at", OffsetDateTime.class),
        rs.getString("post_url"), category == null ? null : Category.valueOf(category),
        rs.getString("order_id"));
    return new StoredMessage(rs.getLong("id"), SocialChannel.valueOf(rs.getString("channel")),
        message, rs.getString("member_id"), rs.getString("case_number"),
        rs.getBoolean("merged"), reason == null ? null : StoredMessage.Unmapped.valueOf(reason),
        rs.getObject("received_at", OffsetDateTime.class));
  }
}
