package com.pointsdesk.remedy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who decided what about a case's remedy, when and why: the policy (straight through or a
 * suggestion), the reviewer, the approval limits and the approver. Append-only; the remedy to
 * pay is derived from it ({@link SettledRemedy}).
 */
@Repository
class RemedyDecisions {

  enum Step { POLICY, REVIEW, APPROVAL }

  private final JdbcClient jdbc;
  private final Clock clock;

  RemedyDecisions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String caseNumber, Step step, String decidedBy, String decision,
      RemedyProposal remedy, String reason) {
    jdbc.sql("""
            INSERT INTO pd_remedy_decision (case_number, decided_at, decided_by, step, decision,
              restore_points, compensation_points, reissue_gift, offer_alternative, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseNumber, OffsetDateTime.now(clock), decidedBy, step.name(), decision,
            remedy.restorePoints(), remedy.compensationPoints(), remedy.reissueGift(),
            remedy.offerAlternative(), reason)
        .update();
  }

  Optional<Decision> latest(String caseNumber, Step step) {
    return of(caseNumber).stream().filter(d -> d.step() == step)
        .reduce((first, second) -> second);
  }

  /** The remedy to pay now; refuses (an incident) when no decision on record settles one. */
  SettledRemedy settled(String caseNumber) {
    return SettledRemedy.from(of(caseNumber)).orElseThrow(() -> new IllegalStateException(
        "No settled remedy on record for " + caseNumber + ": nothing may be paid"));
  }

  List<Decision> of(String caseNumber) {
    return jdbc.sql("""
            SELECT * FROM pd_remedy_decision WHERE case_number = ? ORDER BY decided_at, id""")
        .param(caseNumber)
        .query((rs, i) -> new Decision(Step.valueOf(rs.getString("step")),
            rs.getString("decided_by"), rs.getString("decision"),
            new RemedyProposal(rs.getInt("restore_points"), rs.getInt("compensation_points"),
                rs.getBoolean("reissue_gift"), rs.getBoolean("offer_alternative")),
            rs.getString("reason"), rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
  }

  record Decision(Step step, String decidedBy, String decision, RemedyProposal remedy,
      String reason, OffsetDateTime at) {}
}
