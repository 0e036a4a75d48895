package com.pointsdesk.complaint;

import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.system.BusinessTime;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the public case view from the case, its findings, its remedy and its timeline. */
@Component
class CaseViews {

  private final Complaints complaints;
  private final ComplaintChannels channels;
  private final CaseTimeline timeline;
  private final ServiceLevels serviceLevels;
  private final JdbcClient jdbc;
  private final Clock clock;

  CaseViews(Complaints complaints, ComplaintChannels channels, CaseTimeline timeline,
      ServiceLevels serviceLevels, JdbcClient jdbc, Clock clock) {
    this.complaints = complaints;
    this.channels = channels;
    this.timeline = timeline;
    this.serviceLevels = serviceLevels;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Optional<CaseView> find(String caseNumber) {
    return complaints.find(caseNumber).map(this::view);
  }

  private CaseView view(Complaint c) {
    var due = c.dueDates();
    return new CaseView(c.caseNumber(), c.status(), c.memberId(), c.category(),
        channels.of(c.caseNumber()), c.priority(), local(c.receivedAt()),
        local(due.firstResponseDueAt()), local(due.resolutionDueAt()),
        local(due.escalationDueAt()),
        serviceLevels.breaches(due, c.firstRespondedAt(), c.closedAt(), clockTime(c)),
        c.externalEscalation(), findings(c.caseNumber()), remedy(c.caseNumber()), false,
        timeline.of(c.caseNumber()));
  }

  private CaseView.Findings findings(String caseNumber) {
    return jdbc.sql("""
            SELECT verdict, points_at_stake, delay_days FROM pd_case_findings
            WHERE case_number = ?""")
        .param(caseNumber)
        .query((rs, i) -> new CaseView.Findings(switch (rs.getString("verdict")) {
          case "VERIFIED" -> Boolean.TRUE;
          case "NOT_VERIFIED" -> Boolean.FALSE;
          default -> null;
        }, rs.getInt("points_at_stake"), rs.getInt("delay_days")))
        .optional().orElse(null);
  }

  private CaseView.Remedy remedy(String caseNumber) {
    return jdbc.sql("""
            SELECT restored_points, compensation_points, gift_reissued, alternative_offered
            FROM pd_case_remedy WHERE case_number = ?""")
        .param(caseNumber)
        .query((rs, i) -> new CaseView.Remedy(rs.getInt("restored_points"),
            rs.getInt("compensation_points"), rs.getBoolean("gift_reissued"),
            rs.getBoolean("alternative_offered")))
        .optional().orElse(new CaseView.Remedy(0, 0, false, false));
  }

  /** While the case waits on the member its SLA clock stands still. */
  private OffsetDateTime clockTime(Complaint c) {
    return c.clockPausedAt() != null ? c.clockPausedAt() : OffsetDateTime.now(clock);
  }

  private static OffsetDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
  }
}
