package com.pointsdesk.collective;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members' offers of collective cases and the orders each settles (V17). */
@Repository
class Offers {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String SELECT = """
      SELECT o.*, c.collective_number FROM pd_member_offer o
      JOIN pd_collective_case c ON c.id = o.collective_id
      """;

  private static final RowMapper<Offer> MAPPER = (rs, i) -> new Offer(rs.getString("id"),
      rs.getLong("collective_id"), rs.getString("collective_number"), rs.getInt("seq"),
      rs.getString("member_id"), rs.getString("case_number"), rs.getInt("points_owed"),
      rs.getObject("answer_by", OffsetDateTime.class), OfferStatus.valueOf(rs.getString("status")),
      rs.getString("choice") == null ? null : Choice.valueOf(rs.getString("choice")),
      rs.getString("chosen_gift_id"), rs.getObject("answered_at", OffsetDateTime.class),
      rs.getString("new_order_id"));

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  Offers(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** 256 random bits: an offer id cannot be guessed from another member's. */
  static String newId() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** Inserts the offers and their orders in JDBC batches (a collective case may have 10 000). */
  void insertAll(List<NewOffer> offers) {
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> orders = new ArrayList<>();
    for (NewOffer o : offers) {
      rows.add(new Object[] {o.id(), o.collectiveId(), o.seq(), o.memberId(), o.caseNumber(),
          o.pointsOwed(), o.answerBy(), o.status().name(),
          o.choice() == null ? null : o.choice().name()});
      o.orders().forEach(order -> orders.add(new Object[] {o.id(), order}));
    }
    batch.batchUpdate("""
        INSERT INTO pd_member_offer (id, collective_id, seq, member_id, case_number, points_owed,
          answer_by, status, choice)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    batch.batchUpdate("INSERT INTO pd_member_offer_order (offer_id, order_id) VALUES (?, ?)",
        orders);
  }

  int countOf(long collectiveId) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_member_offer WHERE collective_id = ?")
        .param(collectiveId).query(Integer.class).single();
  }

  Map<String, Long> statusCounts(long collectiveId) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql("""
            SELECT status, COUNT(*) AS n FROM pd_member_offer WHERE collective_id = ?
            GROUP BY status""")
        .param(collectiveId).query(rs -> {
          counts.put(rs.getString("status"), rs.getLong("n"));
        });
    return counts;
  }

  Optional<String> memberAt(String collectiveNumber, int seq) {
    return jdbc.sql("""
            SELECT o.member_id FROM pd_member_offer o
            JOIN pd_collective_case c ON c.id = o.collective_id
            WHERE c.collective_number = ? AND o.seq = ?""")
        .params(collectiveNumber, seq).query(String.class).optional();
  }

  Optional<String> idOf(String collectiveNumber, String memberId) {
    return jdbc.sql("""
            SELECT o.id FROM pd_member_offer o JOIN pd_collective_case c ON c.id = o.collective_id
            WHERE c.collective_number = ? AND o.member_id = ?""")
        .params(collectiveNumber, memberId).query(String.class).optional();
  }

  Optional<Offer> find(String offerId) {
    return jdbc.sql(SELECT + " WHERE o.id = ?").param(offerId).query(MAPPER).optional();
  }

  /** The offer, locked until the transaction ends: answers and the deadline take turns. */
  Optional<Offer> lock(String offerId) {
    return jdbc.sql(SELECT + " WHERE o.id = ? FOR UPDATE").param(offerId).query(MAPPER)
        .optional();
  }

  /** The member's offer in the collective case, locked (a late complaint attaches to it). */
  Optional<Offer> lockOfMember(long collectiveId, String memberId) {
    return jdbc.sql(SELECT + " WHERE o.collective_id = ? AND o.member_id = ? FOR UPDATE")
        .params(collectiveId, memberId).query(MAPPER).optional();
  }

  List<String> ordersOf(String offerId) {
    return jdbc.sql("""
            SELECT order_id FROM pd_member_offer_order WHERE offer_id = ? ORDER BY order_id""")
        .param(offerId).query(String.class).list();
  }

  /** Records the member's answer or the default; only an OPEN offer takes one. */
  boolean choose(String offerId, OfferStatus how, Choice choice, String giftId,
      OffsetDateTime at) {
    return jdbc.sql("""
            UPDATE pd_member_offer SET status = ?, choice = ?, chosen_gift_id = ?, answered_at = ?
            WHERE id = ? AND status = 'OPEN'""")
        .params(how.name(), choice.name(), giftId, at, offerId).update() == 1;
  }

  void attachCase(String offerId, String caseNumber) {
    jdbc.sql("UPDATE pd_member_offer SET case_number = ? WHERE id = ? AND case_number IS NULL")
        .params(caseNumber, offerId).update();
  }

  void newOrder(String offerId, String orderId) {
    jdbc.sql("UPDATE pd_member_offer SET new_order_id = ? WHERE id = ?")
        .params(orderId, offerId).update();
  }

  /** True the first time: a retried step tells the member once. */
  boolean applied(String offerId, OffsetDateTime at) {
    return jdbc.sql("""
            UPDATE pd_member_offer SET status = 'APPLIED', applied_at = ?
            WHERE id = ? AND status <> 'APPLIED'""")
        .params(at, offerId).update() == 1;
  }

  /** How many of the collective case's offers are still to be applied (all, when opened). */
  void pending(long collectiveId, int count) {
    jdbc.sql("UPDATE pd_collective_case SET offers_pending = ? WHERE id = ?")
        .params(count, collectiveId).update();
  }

  /**
   * One more offer of the collective case applied; returns how many are left. The update locks
   * the collective row until the transaction ends, so of two last pay-outs exactly one sees 0.
   */
  int oneLessPending(long collectiveId) {
    jdbc.sql("UPDATE pd_collective_case SET offers_pending = offers_pending - 1 WHERE id = ?")
        .param(collectiveId).update();
    return jdbc.sql("SELECT offers_pending FROM pd_collective_case WHERE id = ?")
        .param(collectiveId).query(Integer.class).single();
  }

  enum OfferStatus { OPEN, DECIDED, ANSWERED, DEFAULTED, APPLIED }

  enum Choice { ALTERNATIVE, REFUND, RESTORE, NONE }

  record NewOffer(String id, long collectiveId, int seq, String memberId, String caseNumber,
      int pointsOwed, OffsetDateTime answerBy, OfferStatus status, Choice choice,
      List<String> orders) {}

  record Offer(String id, long collectiveId, String collectiveNumber, int seq, String memberId,
      String caseNumber, int pointsOwed, OffsetDateTime answerBy, OfferStatus status,
      Choice choice, String chosenGiftId, OffsetDateTime answeredAt, String newOrderId) {

    boolean waitsForMember() {
      return status == OfferStatus.OPEN;
    }
  }
}
