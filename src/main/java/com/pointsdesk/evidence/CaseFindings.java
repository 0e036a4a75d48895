package com.pointsdesk.evidence;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest findings of each case ({@code pd_case_findings}). */
@Repository
public class CaseFindings {

  private final JdbcClient jdbc;

  CaseFindings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(String caseNumber, Findings f, OffsetDateTime at) {
    String entries = f.entryIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    int updated = jdbc.sql("""
            UPDATE pd_case_findings SET verdict = ?, points_at_stake = ?, delay_days = ?,
              summary = ?, entry_ids = ?, order_id = ?, checked_at = ?
            WHERE case_number = ?""")
        .params(f.verdict().name(), f.pointsAtStake(), f.delayDays(), truncate(f.summary()),
            entries, f.orderId(), at, caseNumber)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO pd_case_findings (case_number, verdict, points_at_stake, delay_days,
                summary, entry_ids, order_id, checked_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(caseNumber, f.verdict().name(), f.pointsAtStake(), f.delayDays(),
              truncate(f.summary()), entries, f.orderId(), at)
          .update();
    }
  }

  public Optional<Findings> of(String caseNumber) {
    return jdbc.sql("SELECT * FROM pd_case_findings WHERE case_number = ?").param(caseNumber)
        .query((rs, i) -> new Findings(Verdict.valueOf(rs.getString("verdict")),
            rs.getInt("points_at_stake"), rs.getInt("delay_days"), rs.getString("summary"),
            ids(rs.getString("entry_ids")), rs.getString("order_id")))
        .optional();
  }

  private static List<Long> ids(String csv) {
    return csv == null || csv.isBlank() ? List.of()
        : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
  }

  private static String truncate(String summary) {
    return summary.length() <= 1000 ? summary : summary.substring(0, 997) + "...";
  }
}
