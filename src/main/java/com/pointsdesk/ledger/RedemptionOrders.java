package com.pointsdesk.ledger;

import com.pointsdesk.system.InsertOnce;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RedemptionOrders {

  private static final String SELECT = """
      SELECT o.*, g.physical FROM pd_redemption_order o JOIN pd_gift g ON g.id = o.gift_id
      """;

  private static final RowMapper<RedemptionOrder> MAPPER = (rs, i) -> new RedemptionOrder(
      rs.getString("id"), rs.getString("member_id"), rs.getString("gift_id"),
      rs.getBoolean("physical"), rs.getInt("points"), OrderStatus.valueOf(rs.getString("status")),
      rs.getObject("ordered_at", OffsetDateTime.class), rs.getObject("ship_by", LocalDate.class),
      rs.getObject("shipped_at", OffsetDateTime.class),
      rs.getObject("delivered_at", OffsetDateTime.class), rs.getString("reissue_of"));

  private final JdbcClient jdbc;
  private final Clock clock;
  private final InsertOnce insertOnce;

  RedemptionOrders(JdbcClient jdbc, Clock clock, InsertOnce insertOnce) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.insertOnce = insertOnce;
  }

  public Optional<RedemptionOrder> find(String orderId) {
    return jdbc.sql(SELECT + " WHERE o.id = ?").param(orderId).query(MAPPER).optional();
  }

  public List<RedemptionOrder> ofMember(String memberId) {
    return jdbc.sql(SELECT + " WHERE o.member_id = ? ORDER BY o.ordered_at")
        .param(memberId).query(MAPPER).list();
  }

  /**
   * Orders of this gift still owed to their members: not delivered, not cancelled, and no refund
   * or restoration of their points booked against them (issue 8's "affected members").
   */
  public List<RedemptionOrder> unfulfilledOfGift(String giftId) {
    return jdbc.sql(SELECT + " WHERE o.gift_id = ? AND o.status IN ('PENDING', 'SHIPPED', "
            + "'FAILED')" + UNREFUNDED + " ORDER BY o.ordered_at, o.id")
        .param(giftId).query(MAPPER).list();
  }

  /** The member's orders still owed to them, oldest first (see {@link #unfulfilledOfGift}). */
  public List<RedemptionOrder> unfulfilledOfMember(String memberId) {
    return jdbc.sql(SELECT + " WHERE o.member_id = ? AND o.status IN ('PENDING', 'SHIPPED', "
            + "'FAILED')" + UNREFUNDED + " ORDER BY o.ordered_at, o.id")
        .param(memberId).query(MAPPER).list();
  }

  private static final String UNREFUNDED = " AND NOT EXISTS (SELECT 1 FROM pd_points_entry e"
      + " WHERE e.member_id = o.member_id AND e.reference = o.id"
      + " AND e.kind IN ('REFUND', 'RESTORE'))";

  /**
   * Creates a free replacement order for the same gift, once per idempotency key. The new order
   * id is derived from the key so a replay finds the order it made before.
   */
  public RedemptionOrder reissue(RedemptionOrder original, String idempotencyKey,
      int shipWithinDays) {
    return findByKey(idempotencyKey).orElseGet(() -> exchange(original, original.giftId(),
        "RX-" + idempotencyKey.replace(":REISSUE", "").replace("PD-", ""), idempotencyKey,
        shipWithinDays));
  }

  /**
   * A new order for {@code giftId} in place of an order the member never got, paid by the
   * original's points (0 points of its own), once per idempotency key: a reissue, or the
   * alternative a member chose (its unit of stock taken when they chose it). When another node
   * made it first, the insert is refused and that order is returned.
   */
  public RedemptionOrder exchange(RedemptionOrder original, String giftId, String newOrderId,
      String idempotencyKey, int shipWithinDays) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_redemption_order
              (id, member_id, gift_id, points, status, ordered_at, ship_by, reissue_of,
               idempotency_key)
            VALUES (?, ?, ?, 0, 'PENDING', ?, ?, ?, ?)""" + onConflict)
        .params(newOrderId, original.memberId(), giftId, now,
            now.toLocalDate().plusDays(shipWithinDays), original.id(), idempotencyKey)
        .update());
    return findByKey(idempotencyKey).orElseThrow();
  }

  /** Cancels an order that will never be delivered (refunded or exchanged); idempotent. */
  public void cancelUndelivered(String orderId) {
    jdbc.sql("""
            UPDATE pd_redemption_order SET status = 'CANCELLED'
            WHERE id = ? AND status IN ('PENDING', 'SHIPPED', 'FAILED')""")
        .param(orderId).update();
  }

  public Optional<RedemptionOrder> findByKey(String idempotencyKey) {
    return jdbc.sql(SELECT + " WHERE o.idempotency_key = ?").param(idempotencyKey).query(MAPPER)
        .optional();
  }
}
