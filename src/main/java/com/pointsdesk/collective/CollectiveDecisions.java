package com.pointsdesk.collective;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supervisor's decision of a collective case and the alternatives it offers (V17). */
@Repository
class CollectiveDecisions {

  private final JdbcClient jdbc;

  CollectiveDecisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(long collectiveId, Decision d) {
    jdbc.sql("""
            INSERT INTO pd_collective_decision (collective_id, remedy, compensation_points,
              answer_by, corrective_action, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(collectiveId, d.remedy().name(), d.compensationPoints(), d.answerBy(),
            d.correctiveAction(), d.decidedBy(), d.decidedAt())
        .update();
    for (String gift : d.alternatives()) {
      jdbc.sql("INSERT INTO pd_collective_alternative (collective_id, gift_id) VALUES (?, ?)")
          .params(collectiveId, gift).update();
    }
  }

  Optional<Decision> of(long collectiveId) {
    List<String> alternatives = jdbc.sql("""
            SELECT gift_id FROM pd_collective_alternative WHERE collective_id = ?
            ORDER BY gift_id""")
        .param(collectiveId).query(String.class).list();
    return jdbc.sql("SELECT * FROM pd_collective_decision WHERE collective_id = ?")
        .param(collectiveId)
        .query((rs, i) -> new Decision(CollectiveRemedy.valueOf(rs.getString("remedy")),
            alternatives, rs.getInt("compensation_points"),
            rs.getObject("answer_by", OffsetDateTime.class), rs.getString("corrective_action"),
            rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class)))
        .optional();
  }

  /** A supervisor's decision; {@code answerBy} is null when members have nothing to choose. */
  record Decision(CollectiveRemedy remedy, List<String> alternatives, int compensationPoints,
      OffsetDateTime answerBy, String correctiveAction, String decidedBy,
      OffsetDateTime decidedAt) {

    boolean membersChoose() {
      return remedy == CollectiveRemedy.ALTERNATIVE_OR_REFUND;
    }
  }
}
