package com.pointsdesk.escalation;

import static com.pointsdesk.escalation.Dossier.local;

import com.pointsdesk.complaint.CaseTimeline;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What happened to a case, source by source, each in its own order (time, then insertion): the
 * channels it came through, the member's messages, its evidence, its remedy decisions and its
 * timeline events. Evidence is read without its content.
 */
@Repository
class CaseTrail {

  private final JdbcClient jdbc;
  private final CaseTimeline timeline;

  CaseTrail(JdbcClient jdbc, CaseTimeline timeline) {
    this.jdbc = jdbc;
    this.timeline = timeline;
  }

  List<Dossier.Contact> contacts(String caseNumber) {
    return jdbc.sql("""
            SELECT received_at, channel, external_ref FROM pd_complaint_channel
            WHERE case_number = ? ORDER BY received_at, id""")
        .param(caseNumber)
        .query((rs, i) -> new Dossier.Contact(
            local(rs.getObject("received_at", OffsetDateTime.class)),
            rs.getString("channel"), rs.getString("external_ref")))
        .list();
  }

  List<Dossier.Message> messages(String caseNumber) {
    return jdbc.sql("""
            SELECT received_at, text FROM pd_member_message
            WHERE case_number = ? ORDER BY received_at, id""")
        .param(caseNumber)
        .query((rs, i) -> new Dossier.Message(
            local(rs.getObject("received_at", OffsetDateTime.class)),
            rs.getString("text")))
        .list();
  }

  List<Dossier.Evidence> evidence(String caseNumber) {
    return jdbc.sql("""
            SELECT uploaded_at, kind, content_type, size_bytes, file_name, sha256, uploaded_by
            FROM pd_evidence_file WHERE case_number = ? ORDER BY uploaded_at, id""")
        .param(caseNumber)
        .query((rs, i) -> new Dossier.Evidence(
            local(rs.getObject("uploaded_at", OffsetDateTime.class)),
            rs.getString("kind"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getString("file_name"), rs.getString("sha256").strip(),
            rs.getString("uploaded_by")))
        .list();
  }

  List<Dossier.Decision> decisions(String caseNumber) {
    return jdbc.sql("""
            SELECT decided_at, step, decision, decided_by, restore_points, compensation_points,
              reissue_gift, offer_alternative, reason
            FROM pd_remedy_decision WHERE case_number = ? ORDER BY decided_at, id""")
        .param(caseNumber)
        .query((rs, i) -> new Dossier.Decision(
            local(rs.getObject("decided_at", OffsetDateTime.class)),
            rs.getString("step"), rs.getString("decision"), rs.getString("decided_by"),
            rs.getInt("restore_points"), rs.getInt("compensation_points"),
            rs.getBoolean("reissue_gift"), rs.getBoolean("offer_alternative"),
            rs.getString("reason")))
        .list();
  }

  /** Every event, rendered alike: status changes, SLA_* and ESCALATION_* ones, notes. */
  List<Dossier.Event> events(String caseNumber) {
    return timeline.of(caseNumber).stream()
        .map(e -> new Dossier.Event(local(e.at()), e.event(), e.detail()))
        .toList();
  }
}
