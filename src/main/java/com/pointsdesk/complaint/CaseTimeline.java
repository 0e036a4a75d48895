package com.pointsdesk.complaint;

import com.pointsdesk.system.BusinessTime;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened to a case, in order; shown to members and agents as the case timeline. */
@Repository
public class CaseTimeline {

  private final JdbcClient jdbc;
  private final Clock clock;

  CaseTimeline(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String caseNumber, String event, String detail) {
    jdbc.sql("""
            INSERT INTO pd_complaint_event (case_number, occurred_at, event, detail)
            VALUES (?, ?, ?, ?)""")
        .params(caseNumber, OffsetDateTime.now(clock), event,
            detail == null ? null : SensitiveText.maskPhones(truncate(detail)))
        .update();
  }

  public List<Event> of(String caseNumber) {
    return jdbc.sql("""
            SELECT occurred_at, event, detail FROM pd_complaint_event
            WHERE case_number = ? ORDER BY occurred_at, id""")
        .param(caseNumber)
        .query((rs, i) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class)
            .atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime(),
            rs.getString("event"), rs.getString("detail")))
        .list();
  }

  private static String truncate(String detail) {
    return detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
  }

  public record Event(OffsetDateTime at, String event, String detail) {}
}
