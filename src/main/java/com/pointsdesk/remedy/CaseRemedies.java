package com.pointsdesk.remedy;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a case has actually been given ({@code pd_case_remedy}); every update is idempotent. */
@Repository
class CaseRemedies {

  private final JdbcClient jdbc;

  CaseRemedies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void restored(String caseNumber, int points) {
    record(caseNumber, "restored_points", points);
  }

  void compensated(String caseNumber, int points) {
    record(caseNumber, "compensation_points", points);
  }

  void reissued(String caseNumber, String orderId) {
    record(caseNumber, "reissue_order_id", orderId);
  }

  void alternativeOffered(String caseNumber) {
    record(caseNumber, "alternative_offered", true);
  }

  Applied of(String caseNumber) {
    return jdbc.sql("SELECT * FROM pd_case_remedy WHERE case_number = ?").param(caseNumber)
        .query((rs, i) -> new Applied(rs.getInt("restored_points"),
            rs.getInt("compensation_points"), Optional.ofNullable(rs.getString("reissue_order_id")),
            rs.getBoolean("alternative_offered")))
        .optional().orElse(new Applied(0, 0, Optional.empty(), false));
  }

  /**
   * Sets one column of the case's row in one statement, creating the row with the first payment
   * (standard SQL MERGE: H2 and PostgreSQL 15+). The case row is locked by the caller's step (one
   * job per process instance at a time), so the insert cannot race.
   */
  private void record(String caseNumber, String column, Object value) {
    jdbc.sql("MERGE INTO pd_case_remedy r USING (VALUES (?, ?)) AS n (case_number, v)"
            + " ON r.case_number = n.case_number"
            + " WHEN MATCHED THEN UPDATE SET " + column + " = n.v"
            + " WHEN NOT MATCHED THEN INSERT (case_number, " + column + ") VALUES (n.case_number, n.v)")
        .params(caseNumber, value).update();
  }

  record Applied(int restoredPoints, int compensationPoints, Optional<String> reissueOrderId,
      boolean alternativeOffered) {}
}
