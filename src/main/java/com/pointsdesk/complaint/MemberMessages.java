package com.pointsdesk.complaint;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What members wrote to an existing case (replies, merged complaints), already cleaned. */
@Repository
class MemberMessages {

  private final JdbcClient jdbc;

  MemberMessages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void store(String caseNumber, String cleanedText, OffsetDateTime at) {
    String text = cleanedText.length() <= 5000 ? cleanedText : cleanedText.substring(0, 5000);
    jdbc.sql("INSERT INTO pd_member_message (case_number, received_at, text) VALUES (?, ?, ?)")
        .params(caseNumber, at, text).update();
  }
}
