package com.pointsdesk.ledger;

import com.pointsdesk.system.InsertOnce;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * The append-only points ledger. It shares the engine's DataSource and transaction: a credit booked
 * by a job is committed together with the job's completion, or not at all.
 */
@Service
public class PointsLedger {

  private static final Logger log = LoggerFactory.getLogger(PointsLedger.class);

  private static final RowMapper<LedgerEntry> MAPPER = (rs, i) -> new LedgerEntry(
      rs.getLong("id"), rs.getString("member_id"),
      rs.getObject("booked_at", OffsetDateTime.class), rs.getInt("amount"),
      EntryKind.valueOf(rs.getString("kind")), rs.getString("reference"),
      rs.getString("idempotency_key"), rs.getString("description"));

  private final JdbcClient jdbc;
  private final Clock clock;
  private final InsertOnce insertOnce;

  PointsLedger(JdbcClient jdbc, Clock clock, InsertOnce insertOnce) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.insertOnce = insertOnce;
  }

  /**
   * Books an entry exactly once per idempotency key. A replay with the same key returns the entry
   * booked first; a replay that disagrees with it (other member, amount or kind) is a bug and fails.
   * A concurrent duplicate insert is absorbed ({@link InsertOnce}), so the caller's transaction
   * survives even on PostgreSQL, where a failed statement would otherwise abort it.
   */
  public Booking book(String memberId, int amount, EntryKind kind, String reference,
      String idempotencyKey, String description) {
    // nearly every booking is new: insert at once; a replay's duplicate key inserts nothing
    OffsetDateTime now = OffsetDateTime.now(clock);
    KeyHolder id = new GeneratedKeyHolder();
    boolean booked = insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_points_entry
              (member_id, booked_at, amount, kind, reference, idempotency_key, description)
            VALUES (?, ?, ?, ?, ?, ?, ?)""" + onConflict)
        .params(memberId, now, amount, kind.name(), reference, idempotencyKey, description)
        .update(id, "id"));
    if (!booked) {
      log.info("Entry {} was booked before; keeping the first booking", idempotencyKey);
      return new Booking(sameBooking(findByKey(idempotencyKey).orElseThrow(), memberId, amount,
          kind), false);
    }
    return new Booking(new LedgerEntry(id.getKeyAs(Long.class), memberId, now, amount, kind,
        reference, idempotencyKey, description), true);
  }

  /** What a booking did: the entry, and whether this call booked it (false: it was there). */
  public record Booking(LedgerEntry entry, boolean first) {}

  public Optional<LedgerEntry> findByKey(String idempotencyKey) {
    return jdbc.sql("SELECT * FROM pd_points_entry WHERE idempotency_key = ?")
        .param(idempotencyKey).query(MAPPER).optional();
  }

  public long balance(String memberId) {
    return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM pd_points_entry WHERE member_id = ?")
        .param(memberId).query(Long.class).single();
  }

  public List<LedgerEntry> entries(String memberId) {
    return jdbc.sql("SELECT * FROM pd_points_entry WHERE member_id = ? ORDER BY booked_at, id")
        .param(memberId).query(MAPPER).list();
  }

  public List<LedgerEntry> entriesBetween(String memberId, OffsetDateTime from,
      OffsetDateTime to) {
    return jdbc.sql("""
            SELECT * FROM pd_points_entry
            WHERE member_id = ? AND booked_at >= ? AND booked_at < ?
            ORDER BY booked_at, id""")
        .params(memberId, from, to).query(MAPPER).list();
  }

  /**
   * Points that expired between {@code from} and {@code to}, per member (positive): the members
   * of one expiry batch and what a restoration owes each.
   */
  public Map<String, Integer> expiredBetween(OffsetDateTime from, OffsetDateTime to) {
    Map<String, Integer> expired = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT member_id, -SUM(amount) AS points FROM pd_points_entry
            WHERE kind = 'EXPIRE' AND booked_at >= ? AND booked_at < ?
            GROUP BY member_id ORDER BY member_id""")
        .params(from, to)
        .query(rs -> {
          expired.put(rs.getString("member_id"), rs.getInt("points"));
        });
    return expired;
  }

  public List<LedgerEntry> entriesReferencing(String memberId, String reference) {
    return jdbc.sql("""
            SELECT * FROM pd_points_entry WHERE member_id = ? AND reference = ?
            ORDER BY booked_at, id""")
        .params(memberId, reference).query(MAPPER).list();
  }

  public List<LedgerEntry> entriesByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM pd_points_entry WHERE id IN (:ids) ORDER BY booked_at, id")
        .param("ids", ids).query(MAPPER).list();
  }

  private static LedgerEntry sameBooking(LedgerEntry entry, String memberId, int amount,
      EntryKind kind) {
    if (!entry.memberId().equals(memberId) || entry.amount() != amount || entry.kind() != kind) {
      throw new IllegalStateException("Idempotency key " + entry.idempotencyKey()
          + " was already used for a different booking");
    }
    return entry;
  }
}
