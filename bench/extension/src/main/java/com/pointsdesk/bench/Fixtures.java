package com.pointsdesk.bench;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk fixtures in JDBC batches (never through the API): members with a failed, debited,
 * never refunded redemption (the U10003 story, see TestMembers.failedRedemption), members without
 * orders (their REDEMPTION_FAILED complaint is INCONCLUSIVE and waits for evidence), members with
 * an unexplained debit (the U10002 story: their complaint waits for an agent's review), and existing
 * cases for the growth workload. Every INSERT names its columns, so columns the app adds later
 * with defaults do not break it.
 */
@Component
class Fixtures {

  static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
  private static final int CHUNK = 2000;
  private static final List<String> OPEN = List.of("RECEIVED", "AWAITING_EVIDENCE", "UNDER_REVIEW");
  private static final List<String> CATEGORIES = List.of("REDEMPTION_FAILED", "DELIVERY_DELAYED",
      "UNEXPLAINED_DEDUCTION", "NOT_AS_DESCRIBED", "SLOW_SERVICE", "EXPIRED_WITHOUT_NOTICE");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  Fixtures(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  record Request(String tag, int failedRedemptions, int withoutOrders, int existingCases,
      double openShare, int returnOpenCases, int unexplainedDeductions) {}

  Map<String, Object> load(Request r) {
    long t0 = System.nanoTime();
    String tag = r.tag() == null ? "A" : r.tag();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Timestamp registered = Timestamp.from(now.minusDays(400).toInstant());
    Timestamp earned = Timestamp.from(now.minusDays(60).toInstant());
    Timestamp redeemed = Timestamp.from(now.minusDays(2).toInstant());
    Map<String, Object> out = new LinkedHashMap<>();

    List<List<String>> failed = new ArrayList<>();
    chunks(r.failedRedemptions(), (from, to) -> {
      List<Object[]> members = new ArrayList<>();
      List<Object[]> orders = new ArrayList<>();
      List<Object[]> entries = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String member = "BF" + tag + i;
        String order = "R-BF" + tag + "-" + i;
        members.add(member(member, registered));
        orders.add(new Object[] {order, member, "G-VIP-MONTH", 3000, "FAILED", redeemed});
        entries.add(new Object[] {member, earned, 10000, "EARN", "LISTENING-BENCH",
            "bench:" + member + ":earn", "bench fixture"});
        entries.add(new Object[] {member, redeemed, -3000, "REDEEM", order,
            "bench:" + order + ":redeem", "bench fixture"});
        failed.add(List.of(member, order));
      }
      insertMembers(members);
      insertOrders(orders);
      insertEntries(entries);
    });
    out.put("failedRedemptions", failed);

    List<String> plain = new ArrayList<>();
    chunks(r.withoutOrders(), (from, to) -> {
      List<Object[]> members = new ArrayList<>();
      List<Object[]> entries = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String member = "BN" + tag + i;
        members.add(member(member, registered));
        entries.add(new Object[] {member, earned, 10000, "EARN", "LISTENING-BENCH",
            "bench:" + member + ":earn", "bench fixture"});
        plain.add(member);
      }
      insertMembers(members);
      insertEntries(entries);
    });
    out.put("withoutOrders", plain);

    // Mr. Wang's story (U10002): a 2 000-point ADJUST debit two days ago with no order, expiry or
    // rule behind it; their UNEXPLAINED_DEDUCTION complaint is VERIFIED and RemedyPolicy sends it
    // to an agent (restore + 100 apology points is never straight through): it waits in
    // Task_ReviewComplaint with its SLA timers on the sub-process's border
    List<String> unexplained = new ArrayList<>();
    chunks(r.unexplainedDeductions(), (from, to) -> {
      List<Object[]> members = new ArrayList<>();
      List<Object[]> entries = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String member = "BU" + tag + i;
        members.add(member(member, registered));
        entries.add(new Object[] {member, earned, 10000, "EARN", "LISTENING-BENCH",
            "bench:" + member + ":earn", "bench fixture"});
        entries.add(new Object[] {member, redeemed, -2000, "ADJUST", null,
            "bench:" + member + ":adjust", "bench fixture"});
        unexplained.add(member);
      }
      insertMembers(members);
      insertEntries(entries);
    });
    out.put("unexplainedDeductions", unexplained);

    List<List<String>> openCases = new ArrayList<>();
    if (r.existingCases() > 0) {
      int year = OffsetDateTime.now(BUSINESS_ZONE).getYear();
      int openEvery = r.openShare() <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / r.openShare());
      chunks(r.existingCases(), (from, to) -> {
        List<Object[]> members = new ArrayList<>();
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> channels = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
          // two cases per member on average: members E0, E0, E1, E1, …
          String member = "BE" + tag + (i / 2);
          if (i % 2 == 0) {
            members.add(member(member, registered));
          }
          String order = "R-BE" + tag + "-" + i;
          boolean open = i % openEvery == 0;
          String category = open ? "REDEMPTION_FAILED" : CATEGORIES.get(i % CATEGORIES.size());
          String status = open ? OPEN.get((i / openEvery) % OPEN.size())
              : List.of("RESOLVED", "RESOLVED", "RESOLVED", "REJECTED", "CLOSED_NO_EVIDENCE").get(i % 5);
          OffsetDateTime received = now.minusMinutes(10L + (i * 7919L) % (180L * 24 * 60));
          Timestamp at = Timestamp.from(received.toInstant());
          orders.add(new Object[] {order, member, "G-VIP-MONTH", 3000, open ? "FAILED" : "DELIVERED",
              Timestamp.from(received.minusDays(3).toInstant())});
          String caseNumber = "PD-%d-%06d".formatted(year, i + 1);
          cases.add(new Object[] {caseNumber, member, category, status, "NORMAL",
              "bench existing case " + i, "generated by the benchmark", at, order, 3000,
              "RESTORE_POINTS", false, false, at,
              Timestamp.from(received.plusHours(24).toInstant()),
              Timestamp.from(received.plusDays(7).toInstant()),
              Timestamp.from(received.plusDays(9).toInstant()),
              open ? null : Timestamp.from(received.plusHours(2).toInstant())});
          channels.add(new Object[] {caseNumber, "IN_APP", at});
          events.add(new Object[] {caseNumber, at, "RECEIVED", "Received via IN_APP"});
          events.add(new Object[] {caseNumber, at, "ACKNOWLEDGED", "Acknowledgement with case number queued"});
          if (!open) {
            events.add(new Object[] {caseNumber, Timestamp.from(received.plusHours(2).toInstant()),
                status, "bench fixture"});
          } else if (openCases.size() < r.returnOpenCases()) {
            openCases.add(List.of(member, order, caseNumber));
          }
        }
        insertMembers(members);
        insertOrders(orders);
        jdbc.batchUpdate("""
            INSERT INTO pd_complaint (case_number, member_id, category, status, priority, summary,
              description, occurred_at, order_id, points_claimed, demands, public_post,
              external_escalation, received_at, first_response_due_at, resolution_due_at,
              escalation_due_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases);
        jdbc.batchUpdate("INSERT INTO pd_complaint_channel (case_number, channel, received_at)"
            + " VALUES (?, ?, ?)", channels);
        jdbc.batchUpdate("INSERT INTO pd_complaint_event (case_number, occurred_at, event, detail)"
            + " VALUES (?, ?, ?, ?)", events);
      });
      // the generated cases are numbers 1..N of the year: the next real case is N + 1 (on a fresh
      // database, whose case-number sequence has handed out nothing yet)
      int counter = r.existingCases();
      transaction.executeWithoutResult(s -> {
        jdbc.update("DELETE FROM pd_case_year WHERE case_year = ?", year);
        jdbc.update("INSERT INTO pd_case_year (case_year, sequence_base) VALUES (?, ?)", year,
            -(long) counter);
      });
    }
    out.put("openCases", openCases);
    out.put("existingCases", r.existingCases());
    out.put("millis", (System.nanoTime() - t0) / 1_000_000);
    return out;
  }

  private static Object[] member(String id, Timestamp registered) {
    return new Object[] {id, "压测会员 " + id, id.toLowerCase() + "@members.example",
        "13900000000", "zh-CN", registered};
  }

  private void insertMembers(List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("""
          INSERT INTO pd_member (id, display_name, email, phone, preferred_locale, registered_at)
          VALUES (?, ?, ?, ?, ?, ?)""", rows);
    }
  }

  private void insertOrders(List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("""
          INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at)
          VALUES (?, ?, ?, ?, ?, ?)""", rows);
    }
  }

  private void insertEntries(List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("""
          INSERT INTO pd_points_entry (member_id, booked_at, amount, kind, reference,
            idempotency_key, description)
          VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }
  }

  private interface Chunk {
    void run(int from, int to);
  }

  /** One transaction per chunk of rows. */
  private void chunks(int total, Chunk chunk) {
    for (int from = 0; from < total; from += CHUNK) {
      int start = from;
      int end = Math.min(total, from + CHUNK);
      transaction.executeWithoutResult(s -> chunk.run(start, end));
    }
  }
}
