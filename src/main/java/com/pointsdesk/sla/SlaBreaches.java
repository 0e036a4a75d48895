package com.pointsdesk.sla;

import com.pointsdesk.sla.ServiceLevels.Breach;
import com.pointsdesk.system.InsertOnce;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The breaches ComplaintHandling's SLA timers recorded: one per case and service level. */
@Repository
public class SlaBreaches {

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;

  SlaBreaches(JdbcClient jdbc, InsertOnce insertOnce) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
  }

  /** Records the breach; false when it was recorded before (a retried timer job). */
  public boolean record(String caseNumber, Breach kind, OffsetDateTime dueAt,
      OffsetDateTime detectedAt) {
    return insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_sla_breach (case_number, kind, due_at, detected_at)
            VALUES (?, ?, ?, ?)""" + onConflict)
        .params(caseNumber, kind.name(), dueAt, detectedAt).update());
  }

  public List<Breach> of(String caseNumber) {
    return jdbc.sql("SELECT kind FROM pd_sla_breach WHERE case_number = ? ORDER BY detected_at")
        .param(caseNumber).query((rs, i) -> Breach.valueOf(rs.getString("kind"))).list();
  }
}
