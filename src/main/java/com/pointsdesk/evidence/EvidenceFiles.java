package com.pointsdesk.evidence;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceFiles {

  private final JdbcClient jdbc;

  EvidenceFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long store(String caseNumber, EvidenceKind kind, String contentType, byte[] content,
      String sha256, String fileName, String uploadedBy, OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO pd_evidence_file (case_number, kind, content_type, size_bytes, sha256,
              file_name, content, uploaded_at, uploaded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseNumber, kind.name(), contentType, (long) content.length, sha256, fileName,
            content, at, uploadedBy)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<StoredFile> findByHash(String caseNumber, String sha256) {
    return jdbc.sql("""
            SELECT id, kind, content_type, size_bytes, sha256, uploaded_at FROM pd_evidence_file
            WHERE case_number = ? AND sha256 = ?""")
        .params(caseNumber, sha256)
        .query((rs, i) -> new StoredFile(rs.getLong("id"),
            EvidenceKind.valueOf(rs.getString("kind")), rs.getString("content_type"),
            rs.getLong("size_bytes"), rs.getString("sha256"),
            rs.getObject("uploaded_at", OffsetDateTime.class)))
        .optional();
  }

  Set<EvidenceKind> kinds(String caseNumber) {
    Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
    jdbc.sql("SELECT DISTINCT kind FROM pd_evidence_file WHERE case_number = ?")
        .param(caseNumber).query(String.class).list()
        .forEach(k -> kinds.add(EvidenceKind.valueOf(k)));
    return kinds;
  }

  record StoredFile(long id, EvidenceKind kind, String contentType, long sizeBytes,
      String sha256, OffsetDateTime uploadedAt) {}
}
