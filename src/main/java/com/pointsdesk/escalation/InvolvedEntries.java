package com.pointsdesk.escalation;

import static com.pointsdesk.escalation.Dossier.local;

import com.pointsdesk.evidence.CaseFindings;
import com.pointsdesk.evidence.Findings;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The member's ledger entries that belong to a case, in booking order:
 * <ul>
 *   <li>what PointsDesk booked for it: every key built from the case number
 *       ({@code <caseNumber>:RESTORE}, {@code :COMPENSATE}, see {@code remedy.RemedyPayments});
 *   <li>what the automated check found ({@code pd_case_findings.entry_ids});
 *   <li>whatever refers to the order the case concerns: the order the complaint names or, when it
 *       names none, the one the check found (the order a restore refers to).
 * </ul>
 * Only entries of the case's member: a dossier never shows another member's account.
 */
@Repository
class InvolvedEntries {

  private final JdbcClient jdbc;
  private final CaseFindings findings;

  InvolvedEntries(JdbcClient jdbc, CaseFindings findings) {
    this.jdbc = jdbc;
    this.findings = findings;
  }

  List<Dossier.Entry> of(String caseNumber, String memberId, String orderId) {
    Optional<Findings> found = findings.of(caseNumber);
    String order = orderId != null ? orderId : found.map(Findings::orderId).orElse(null);
    List<Long> named = found.map(Findings::entryIds).orElse(List.of());

    Map<String, Object> params = new LinkedHashMap<>();
    params.put("member", memberId);
    params.put("keys", likePrefix(caseNumber + ":"));
    List<String> belongs = new ArrayList<>(List.of("idempotency_key LIKE :keys ESCAPE '\\'"));
    if (order != null) {
      belongs.add("reference = :order");
      params.put("order", order);
    }
    if (!named.isEmpty()) {
      belongs.add("id IN (:ids)");
      params.put("ids", named);
    }
    return jdbc.sql("""
            SELECT id, booked_at, amount, kind, reference, idempotency_key, description
            FROM pd_points_entry WHERE member_id = :member AND (%s)
            ORDER BY booked_at, id""".formatted(String.join(" OR ", belongs)))
        .params(params)
        .query((rs, i) -> new Dossier.Entry(local(rs.getObject("booked_at", OffsetDateTime.class)),
            rs.getLong("id"), rs.getInt("amount"), rs.getString("kind"),
            rs.getString("reference"), rs.getString("idempotency_key"),
            rs.getString("description")))
        .list();
  }

  /** A LIKE pattern matching what starts with {@code prefix}, its wildcards taken literally. */
  static String likePrefix(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
