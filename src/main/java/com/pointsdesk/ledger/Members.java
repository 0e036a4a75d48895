package com.pointsdesk.ledger;

import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Members {

  private static final RowMapper<Member> MAPPER = (rs, i) -> new Member(rs.getString("id"),
      rs.getString("display_name"), rs.getString("email"), rs.getString("phone"),
      rs.getString("preferred_locale"));

  private final JdbcClient jdbc;

  Members(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Member> find(String memberId) {
    return jdbc.sql("SELECT * FROM pd_member WHERE id = ?").param(memberId).query(MAPPER).optional();
  }

  /**
   * Locks the member row until the transaction ends: complaints, evidence and credits of one
   * member are serialised across threads and nodes, so two channels at once cannot open two cases.
   */
  public Optional<Member> lock(String memberId) {
    return jdbc.sql("SELECT * FROM pd_member WHERE id = ? FOR UPDATE").param(memberId)
        .query(MAPPER).optional();
  }

  public boolean isEmpty() {
    return jdbc.sql("SELECT COUNT(*) FROM pd_member").query(Long.class).single() == 0;
  }
}
