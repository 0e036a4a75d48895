package com.pointsdesk.support;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fresh members with small ledger stories, so scenario tests sharing one database never step on
 * each other (and leave the demo members of DESIGN.md to the seed scenarios).
 */
@Component
public class TestMembers {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;

  TestMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String newMember(String locale) {
    return create("T" + (20000 + SEQUENCE.incrementAndGet()), locale);
  }

  /**
   * A fresh member whose id has the form of DESIGN's member ids (U and digits), for channels that
   * find the member by an id in free text (a mail subject).
   */
  public String newMemberWithSeedId() {
    return create("U" + (70000 + SEQUENCE.incrementAndGet()), "zh-CN");
  }

  private String create(String id, String locale) {
    jdbc.sql("""
            INSERT INTO pd_member (id, display_name, email, phone, preferred_locale, registered_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(id, "测试会员 " + id, id.toLowerCase() + "@members.example", "13900000000",
            locale, OffsetDateTime.parse("2025-01-01T00:00:00+08:00"))
        .update();
    earn(id, 10_000, OffsetDateTime.parse("2026-06-30T23:00:00+08:00"));
    return id;
  }

  public String newMember() {
    return newMember("zh-CN");
  }

  public void earn(String memberId, int points, OffsetDateTime at) {
    book(memberId, points, "EARN", "LISTENING", at, "fixture:" + memberId + ":earn:" + at);
  }

  /**
   * A fresh physical gift that is listed but out of stock (the headphones' story), so tests of
   * collective complaints each count the members owed their own gift.
   */
  public String newOutOfStockGift(int points) {
    String giftId = "G-T-" + SEQUENCE.incrementAndGet();
    jdbc.sql("""
            INSERT INTO pd_gift (id, name, name_en, physical, points_price, stock, listed,
              ship_within_days)
            VALUES (?, ?, ?, TRUE, ?, 0, TRUE, 7)""")
        .params(giftId, "测试礼品 " + giftId, "Test gift " + giftId, points).update();
    return giftId;
  }

  /**
   * A fresh physical gift in stock: complaints of many members about "the speaker" in one test
   * context would otherwise reach the collective threshold and be decided together.
   */
  public String newGiftInStock(int points, int stock) {
    String giftId = "G-S-" + SEQUENCE.incrementAndGet();
    jdbc.sql("""
            INSERT INTO pd_gift (id, name, name_en, physical, points_price, stock, listed,
              ship_within_days)
            VALUES (?, ?, ?, TRUE, ?, ?, TRUE, 7)""")
        .params(giftId, "测试礼品 " + giftId, "Test gift " + giftId, points, stock).update();
    return giftId;
  }

  /** A redemption that failed after its debit, never refunded (the U10003 story). */
  public String failedRedemption(String memberId, int points, OffsetDateTime at) {
    String orderId = "R-T-" + memberId + "-" + SEQUENCE.incrementAndGet();
    jdbc.sql("""
            INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at)
            VALUES (?, ?, 'G-VIP-MONTH', ?, 'FAILED', ?)""")
        .params(orderId, memberId, points, at).update();
    book(memberId, -points, "REDEEM", orderId, at, "fixture:" + orderId + ":redeem");
    return orderId;
  }

  /** A debit with nothing behind it (the Mr. Wang story). */
  public void unexplainedDebit(String memberId, int points, OffsetDateTime at) {
    book(memberId, -points, "ADJUST", null, at, "fixture:" + memberId + ":adjust:" + at);
  }

  /** A physical gift redeemed and never shipped, promised by {@code shipBy}. */
  public String unshippedOrder(String memberId, String giftId, int points, OffsetDateTime at,
      java.time.LocalDate shipBy) {
    return unshippedOrder("R-T-" + memberId + "-" + SEQUENCE.incrementAndGet(), memberId, giftId,
        points, at, shipBy);
  }

  /** The same, with an order number of the form members quote (R-20261020-0001). */
  public String unshippedOrder(String orderId, String memberId, String giftId, int points,
      OffsetDateTime at, java.time.LocalDate shipBy) {
    jdbc.sql("""
            INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at,
              ship_by)
            VALUES (?, ?, ?, ?, 'PENDING', ?, ?)""")
        .params(orderId, memberId, giftId, points, at, shipBy).update();
    book(memberId, -points, "REDEEM", orderId, at, "fixture:" + orderId + ":redeem");
    return orderId;
  }

  /** A physical gift redeemed, shipped and delivered (the U10010 story, before the complaint). */
  public String deliveredOrder(String memberId, String giftId, int points, OffsetDateTime at,
      OffsetDateTime deliveredAt) {
    String orderId = "R-T-" + memberId + "-" + SEQUENCE.incrementAndGet();
    jdbc.sql("""
            INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at,
              ship_by, shipped_at, delivered_at)
            VALUES (?, ?, ?, ?, 'DELIVERED', ?, ?, ?, ?)""")
        .params(orderId, memberId, giftId, points, at, at.toLocalDate().plusDays(7),
            at.plusDays(2), deliveredAt)
        .update();
    book(memberId, -points, "REDEEM", orderId, at, "fixture:" + orderId + ":redeem");
    return orderId;
  }

  private void book(String memberId, int amount, String kind, String reference,
      OffsetDateTime at, String key) {
    jdbc.sql("""
            INSERT INTO pd_points_entry (member_id, booked_at, amount, kind, reference,
              idempotency_key, description)
            VALUES (?, ?, ?, ?, ?, ?, 'test fixture')""")
        .params(memberId, at, amount, kind, reference, key).update();
  }
}
