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
    // one statement whether the case was checked before or not (standard SQL: H2 and PostgreSQL 15+)
    jdbc.sql("""
            MERGE INTO pd_case_findings f
            USING (VALUES (?, ?, ?, ?, ?, ?, ?, ?)) AS n (case_number, verdict, points_at_stake,
              delay_days, summary, entry_ids, order_id, checked_at)
            ON f.case_number = n.case_number
            WHEN MATCHED THEN UPDATE SET verdict = n.verdict, points_at_stake = n.points_at_stake,
              delay_days = n.delay_days, summary = n.summary, entry_ids = n.entry_ids,
              order_id = n.order_id, checked_at = n.checked_at
            WHEN NOT MATCHED THEN INSERT (case_number, verdict, points_at_stake, delay_days,
              summary, entry_ids, order_id, checked_at)
              VALUES (n.case_number, n.verdict, n.points_at_stake, n.delay_days, n.summary,
                n.entry_ids, n.order_id, n.checked_at)""")
        .params(caseNumber, f.verdict().name(), f.pointsAtStake(), f.delayDays(),
            truncate(f.summary()), entries, f.orderId(), at)
        .update();
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
