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
    ensure(caseNumber);
    jdbc.sql("UPDATE pd_case_remedy SET restored_points = ? WHERE case_number = ?")
        .params(points, caseNumber).update();
  }

  void compensated(String caseNumber, int points) {
    ensure(caseNumber);
    jdbc.sql("UPDATE pd_case_remedy SET compensation_points = ? WHERE case_number = ?")
        .params(points, caseNumber).update();
  }

  void reissued(String caseNumber, String orderId) {
    ensure(caseNumber);
    jdbc.sql("""
            UPDATE pd_case_remedy SET gift_reissued = TRUE, reissue_order_id = ?
            WHERE case_number = ?""")
        .params(orderId, caseNumber).update();
  }

  void alternativeOffered(String caseNumber) {
    ensure(caseNumber);
    jdbc.sql("UPDATE pd_case_remedy SET alternative_offered = TRUE WHERE case_number = ?")
        .param(caseNumber).update();
  }

  Applied of(String caseNumber) {
    return jdbc.sql("SELECT * FROM pd_case_remedy WHERE case_number = ?").param(caseNumber)
        .query((rs, i) -> new Applied(rs.getInt("restored_points"),
            rs.getInt("compensation_points"), Optional.ofNullable(rs.getString("reissue_order_id")),
            rs.getBoolean("alternative_offered")))
        .optional().orElse(new Applied(0, 0, Optional.empty(), false));
  }

  /**
   * The case row is locked by the caller's step (one job per process instance at a time), so
   * insert-if-missing cannot race here.
   */
  private void ensure(String caseNumber) {
    jdbc.sql("""
            INSERT INTO pd_case_remedy (case_number)
            SELECT ? FROM pd_complaint c
            WHERE c.case_number = ?
              AND NOT EXISTS (SELECT 1 FROM pd_case_remedy r WHERE r.case_number = ?)""")
        .params(caseNumber, caseNumber, caseNumber).update();
  }

  record Applied(int restoredPoints, int compensationPoints, Optional<String> reissueOrderId,
      boolean alternativeOffered) {}
}
