package com.pointsdesk.complaint;

import com.pointsdesk.sla.SlaBreaches;
import com.pointsdesk.system.BusinessTime;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the public case view from the case, its findings, its remedy and its timeline. */
@Component
public class CaseViews {

  private final Complaints complaints;
  private final ComplaintChannels channels;
  private final CaseTimeline timeline;
  private final SlaBreaches breaches;
  private final JdbcClient jdbc;

  CaseViews(Complaints complaints, ComplaintChannels channels, CaseTimeline timeline,
      SlaBreaches breaches, JdbcClient jdbc) {
    this.complaints = complaints;
    this.channels = channels;
    this.timeline = timeline;
    this.breaches = breaches;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Optional<CaseView> find(String caseNumber) {
    return complaints.find(caseNumber).map(this::view);
  }

  /**
   * The API's answer to an intake (DESIGN "Public API v1"): {@code 201} with the new case's
   * location, else {@code 200}; the view says whether the complaint joined an open case.
   */
  public ResponseEntity<CaseView> answer(IntakeOutcome outcome) {
    CaseView view = find(outcome.caseNumber()).orElseThrow(
        () -> new IllegalStateException("No case " + outcome.caseNumber() + " after intake"));
    if (outcome.kind() == IntakeOutcome.Kind.CREATED) {
      return ResponseEntity.created(URI.create("/api/v1/complaints/" + outcome.caseNumber()))
          .body(view);
    }
    return ResponseEntity.ok(outcome.merged() ? view.asMerged() : view);
  }

  private CaseView view(Complaint c) {
    var due = c.dueDates();
    Outcome outcome = outcome(c.caseNumber());
    return new CaseView(c.caseNumber(), c.status(), c.memberId(), c.category(),
        channels.of(c.caseNumber()), c.priority(), local(c.receivedAt()),
        local(due.firstResponseDueAt()), local(due.resolutionDueAt()),
        local(due.escalationDueAt()),
        outcome.breached() ? breaches.of(c.caseNumber()) : List.of(),
        c.externalEscalation(), outcome.findings(), outcome.remedy(), false,
        outcome.collectiveCase(), timeline.of(c.caseNumber()));
  }

  /**
   * The case's findings, what it was given, whether it breached an SLA and the collective case it
   * is linked to, one row (the tables are keyed by the case): most cases never breach, and their
   * view needs no second query. The link table is the collective feature's; read here as data so
   * this package need not know that feature.
   */
  private Outcome outcome(String caseNumber) {
    return jdbc.sql("""
            SELECT f.verdict, f.points_at_stake, f.delay_days, r.restored_points,
              r.compensation_points, r.reissue_order_id, r.alternative_offered,
              EXISTS (SELECT 1 FROM pd_sla_breach b WHERE b.case_number = c.case_number) AS breached,
              cc.collective_number
            FROM pd_complaint c
            LEFT JOIN pd_case_findings f ON f.case_number = c.case_number
            LEFT JOIN pd_case_remedy r ON r.case_number = c.case_number
            LEFT JOIN pd_collective_link l ON l.case_number = c.case_number
            LEFT JOIN pd_collective_case cc ON cc.id = l.collective_id
            WHERE c.case_number = ?""")
        .param(caseNumber)
        .query((rs, i) -> new Outcome(rs.getString("verdict") == null ? null
            : new CaseView.Findings(switch (rs.getString("verdict")) {
              case "VERIFIED" -> Boolean.TRUE;
              case "NOT_VERIFIED" -> Boolean.FALSE;
              default -> null;
            }, rs.getInt("points_at_stake"), rs.getInt("delay_days")),
            new CaseView.Remedy(rs.getInt("restored_points"), rs.getInt("compensation_points"),
                rs.getString("reissue_order_id") != null, rs.getBoolean("alternative_offered")),
            rs.getBoolean("breached"), rs.getString("collective_number")))
        .single();
  }

  private record Outcome(CaseView.Findings findings, CaseView.Remedy remedy, boolean breached,
      String collectiveCase) {}

  private static OffsetDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
  }
}
