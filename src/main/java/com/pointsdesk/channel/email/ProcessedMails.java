package com.pointsdesk.channel.email;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mails the e-mail channel has dealt with ({@code pd_email_intake}), by key. */
@Repository
class ProcessedMails {

  private final JdbcClient jdbc;

  ProcessedMails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean contains(String key) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_email_intake WHERE message_key = ?").param(key)
        .query(Long.class).single() > 0;
  }

  /**
   * Records the mail as dealt with. A second node that took the same mail in at the same time
   * fails here on the primary key; its transaction rolls back and, retried, finds the mail done.
   */
  void record(String key, EmailOutcome outcome, OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO pd_email_intake (message_key, outcome, case_number, reason, received_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(key, outcome.kind().name(), outcome.caseNumber(), outcome.reason(), at)
        .update();
  }
}
