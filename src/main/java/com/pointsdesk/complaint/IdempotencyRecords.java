package com.pointsdesk.complaint;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency-Key of {@code POST /api/v1/complaints}, scoped to the calling integration. */
@Repository
class IdempotencyRecords {

  private final JdbcClient jdbc;

  IdempotencyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Record> find(String clientId, String key) {
    return jdbc.sql("""
            SELECT request_hash, case_number, merged FROM pd_idempotency_record
            WHERE client_id = ? AND idempotency_key = ?""")
        .params(clientId, key)
        .query((rs, i) -> new Record(rs.getString("request_hash"), rs.getString("case_number"),
            rs.getBoolean("merged")))
        .optional();
  }

  void save(String clientId, String key, String requestHash, String caseNumber, boolean merged,
      OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO pd_idempotency_record
              (client_id, idempotency_key, request_hash, case_number, merged, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(clientId, key, requestHash, caseNumber, merged, at).update();
  }

  record Record(String requestHash, String caseNumber, boolean merged) {}
}
