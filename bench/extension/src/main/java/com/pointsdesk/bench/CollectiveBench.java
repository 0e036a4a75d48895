package com.pointsdesk.bench;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /bench/collective/**}, the workload {@code collective} (issue 8): bulk fixtures of N
 * members each owed one out-of-stock gift, the offers as the domain recorded them (the driver
 * answers them over the public API), the bench-only deadline manipulation, and the rows the
 * driver checks "nothing paid twice" on. Names of the model and keys: {@link CollectivePath}.
 */
@RestController
@RequestMapping("/bench/collective")
class CollectiveBench {

  private static final int CHUNK = 2000;

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final TransactionTemplate transaction;

  CollectiveBench(JdbcTemplate jdbc, ProcessEngine engine, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.transaction = transaction;
  }

  /**
   * {@code members} members ({@code BC<tag><i>}), each with one PENDING order of a new physical
   * gift with stock 0 ({@code pointsPrice} points, redeemed 45 days ago, promised to ship 38 days
   * ago, the REDEEM debit booked), and {@code alternatives} alternative gifts in stock
   * ({@code alternativeStock} units each). JDBC batches, one transaction per 2 000 members.
   */
  record Request(String tag, int members, int pointsPrice, int alternatives, int alternativeStock) {}

  @PostMapping("/fixtures")
  Map<String, Object> fixtures(@RequestBody Request r) {
    long t0 = System.nanoTime();
    String tag = r.tag() == null ? "A" : r.tag();
    int price = r.pointsPrice() <= 0 ? 8000 : r.pointsPrice();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Timestamp registered = Timestamp.from(now.minusDays(400).toInstant());
    Timestamp earned = Timestamp.from(now.minusDays(60).toInstant());
    Timestamp redeemed = Timestamp.from(now.minusDays(45).toInstant());
    java.sql.Date shipBy = java.sql.Date.valueOf(LocalDate.now(Fixtures.BUSINESS_ZONE).minusDays(38));
    String gift = "G-BC-" + tag;
    List<String> alternatives = new ArrayList<>();
    List<Object[]> gifts = new ArrayList<>();
    gifts.add(new Object[] {gift, "压测限量耳机 " + tag, "Bench limited headphones " + tag, true, price, 0, true, 7});
    for (int i = 0; i < r.alternatives(); i++) {
      String alt = gift + "-ALT" + (i + 1);
      alternatives.add(alt);
      gifts.add(new Object[] {alt, "压测替代礼品 " + (i + 1), "Bench alternative gift " + (i + 1), true,
          3000 + 1000 * i, r.alternativeStock(), true, 7});
    }
    transaction.executeWithoutResult(s -> jdbc.batchUpdate("""
        INSERT INTO pd_gift (id, name, name_en, physical, points_price, stock, listed, ship_within_days)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", gifts));
    List<List<String>> sample = new ArrayList<>();
    for (int from = 0; from < r.members(); from += CHUNK) {
      int start = from;
      int end = Math.min(r.members(), from + CHUNK);
      transaction.executeWithoutResult(s -> {
        List<Object[]> members = new ArrayList<>();
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (int i = start; i < end; i++) {
          String member = "BC" + tag + i;
          String order = "R-BC" + tag + "-" + i;
          members.add(new Object[] {member, "压测会员 " + member, member.toLowerCase() + "@members.example",
              "13900000000", "zh-CN", registered});
          orders.add(new Object[] {order, member, gift, price, "PENDING", redeemed, shipBy});
          entries.add(new Object[] {member, earned, price + 2000, "EARN", "LISTENING-BENCH",
              "bench:" + member + ":earn", "bench fixture"});
          entries.add(new Object[] {member, redeemed, -price, "REDEEM", order,
              "bench:" + order + ":redeem", "bench fixture"});
          if (sample.size() < 3) {
            sample.add(List.of(member, order));
          }
        }
        jdbc.batchUpdate("""
            INSERT INTO pd_member (id, display_name, email, phone, preferred_locale, registered_at)
            VALUES (?, ?, ?, ?, ?, ?)""", members);
        jdbc.batchUpdate("""
            INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at, ship_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)""", orders);
        jdbc.batchUpdate("""
            INSERT INTO pd_points_entry (member_id, booked_at, amount, kind, reference,
              idempotency_key, description)
            VALUES (?, ?, ?, ?, ?, ?, ?)""", entries);
      });
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gift", gift);
    out.put("pointsPrice", price);
    out.put("alternatives", alternatives);
    out.put("alternativeStock", r.alternativeStock());
    out.put("members", r.members());
    out.put("firstMembers", sample);
    out.put("millis", (System.nanoTime() - t0) / 1_000_000);
    return out;
  }

  /** The collective case's row, or an empty map while there is none. */
  @GetMapping("/case")
  Map<String, Object> collectiveCase(@RequestParam String collectiveNumber) {
    List<Map<String, Object>> rows = jdbc.queryForList(
        "SELECT id, status, opened_at, closed_at FROM pd_collective_case WHERE collective_number = ?",
        collectiveNumber);
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  /** Every offer of the collective case, as the domain recorded it: [id, member, status, points owed]. */
  @GetMapping("/offers")
  Map<String, Object> offers(@RequestParam String collectiveNumber) {
    List<List<Object>> rows = jdbc.query("""
        SELECT o.id, o.member_id, o.status, o.points_owed FROM pd_member_offer o
        JOIN pd_collective_case c ON c.id = o.collective_id
        WHERE c.collective_number = ? ORDER BY o.seq""",
        (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), collectiveNumber);
    return Map.of("offers", rows);
  }

  /**
   * What the driver polls: offers by status, the offer mails (queued, sent, the last sent), the
   * last answer and application, the collective case's status, its linked cases, the process
   * instance, its deadline timers, jobs and incidents.
   */
  @GetMapping("/status")
  Map<String, Object> status(@RequestParam String collectiveNumber) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("epochMillis", System.currentTimeMillis());
    Long id = collectiveId(collectiveNumber);
    Map<String, Object> byStatus = new LinkedHashMap<>();
    for (String s : List.of("OPEN", "ANSWERED", "DEFAULTED", "APPLIED")) {
      byStatus.put(s, 0L);
    }
    long offers = 0;
    if (id != null) {
      for (Map<String, Object> row : jdbc.queryForList(
          "SELECT status, COUNT(*) AS n FROM pd_member_offer WHERE collective_id = ? GROUP BY status", id)) {
        long n = ((Number) row.get("n")).longValue();
        byStatus.put(String.valueOf(row.get("status")), n);
        offers += n;
      }
      out.put("collectiveStatus", jdbc.queryForObject(
          "SELECT status FROM pd_collective_case WHERE id = ?", String.class, id));
      out.put("closedAtEpochMillis", millis(jdbc.queryForObject(
          "SELECT closed_at FROM pd_collective_case WHERE id = ?", Timestamp.class, id)));
      Map<String, Object> mails = jdbc.queryForMap("""
          SELECT COUNT(*) AS queued, COUNT(m.sent_at) AS sent, MAX(m.sent_at) AS last_sent
          FROM pd_member_offer o JOIN pd_outbox_message m ON m.dedupe_key = o.id || ?
          WHERE o.collective_id = ?""", CollectivePath.OFFER_MAIL_KEY, id);
      out.put("offerMailsQueued", mails.get("queued"));
      out.put("offerMailsSent", mails.get("sent"));
      out.put("lastOfferMailSentEpochMillis", millis(mails.get("last_sent")));
      Map<String, Object> times = jdbc.queryForMap("""
          SELECT MAX(answered_at) AS answered, MAX(applied_at) AS applied, MIN(applied_at) AS first_applied
          FROM pd_member_offer WHERE collective_id = ?""", id);
      out.put("lastAnsweredEpochMillis", millis(times.get("answered")));
      out.put("lastAppliedEpochMillis", millis(times.get("applied")));
      Map<String, Object> links = jdbc.queryForMap("""
          SELECT COUNT(*) AS linked, COALESCE(SUM(CASE WHEN c.status = 'RESOLVED' THEN 1 ELSE 0 END), 0) AS resolved
          FROM pd_collective_link l JOIN pd_complaint c ON c.case_number = l.case_number
          WHERE l.collective_id = ?""", id);
      out.put("linkedCases", links.get("linked"));
      out.put("linkedCasesResolved", links.get("resolved"));
    }
    out.put("offers", offers);
    out.put("offersByStatus", byStatus);
    out.put("processInstancesRunning", engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CollectivePath.PROCESS_KEY).processInstanceBusinessKey(collectiveNumber).count());
    out.put("processInstancesEnded", engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CollectivePath.PROCESS_KEY).processInstanceBusinessKey(collectiveNumber).finished().count());
    out.put("deadlineTimers", count("""
        SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND JOB_DEF_ID_ IN (
          SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)""", CollectivePath.DEADLINE_TIMER));
    out.put("deadlineTimersDue", count("""
        SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND DUEDATE_ <= ? AND JOB_DEF_ID_ IN (
          SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)""", new Timestamp(System.currentTimeMillis()),
        CollectivePath.DEADLINE_TIMER));
    // the collective case's own jobs and those of its members' MemberOffer instances
    out.put("processJobs", count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ IN (?, ?)",
        CollectivePath.PROCESS_KEY, CollectivePath.MEMBER_PROCESS_KEY));
    out.put("processFailedJobs", count("""
        SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ IN (?, ?) AND RETRIES_ = 0""",
        CollectivePath.PROCESS_KEY, CollectivePath.MEMBER_PROCESS_KEY));
    out.put("processIncidents", count("""
        SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE PROC_DEF_ID_ IN (
          SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ IN (?, ?))""", CollectivePath.PROCESS_KEY,
        CollectivePath.MEMBER_PROCESS_KEY));
    out.put("allJobs", count("SELECT COUNT(*) FROM ACT_RU_JOB"));
    out.put("allIncidents", count("SELECT COUNT(*) FROM ACT_RU_INCIDENT"));
    return out;
  }

  /**
   * Bench-only manipulation: the deadline of every offer still OPEN is now. In one transaction,
   * their {@code answer_by} becomes now and the waiting {@link CollectivePath#DEADLINE_TIMER}
   * timer jobs are due now (as the timer workload makes its timers due).
   */
  @PostMapping("/deadlines-due")
  Map<String, Object> deadlinesDue(@RequestParam String collectiveNumber) {
    long t0 = System.currentTimeMillis();
    Long id = collectiveId(collectiveNumber);
    Timestamp now = new Timestamp(t0);
    int[] updated = new int[2];
    transaction.executeWithoutResult(s -> {
      updated[0] = jdbc.update("UPDATE pd_member_offer SET answer_by = ? WHERE collective_id = ? AND status = 'OPEN'",
          now, id);
      updated[1] = jdbc.update("""
          UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND JOB_DEF_ID_ IN (
            SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)""", now, CollectivePath.DEADLINE_TIMER);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("offersDueNow", updated[0]);
    out.put("timersDueNow", updated[1]);
    out.put("dueAtEpochMillis", t0);
    out.put("updateMillis", System.currentTimeMillis() - t0);
    return out;
  }

  /**
   * Per offer, what the ledger and the orders show for its member: [offer, member, status, choice,
   * chosen gift, points owed, REFUND entries, their points, COMPENSATE entries, their points,
   * entries under the offer's REFUND key, under its COMPENSATE key, reissue/alternative orders,
   * orders under its ALTERNATIVE key, orders it settles that are not CANCELLED, case number,
   * answered?]. Plus the stock of every gift, the
   * linked cases with their status and whether their ComplaintHandling instance still runs.
   */
  @GetMapping("/ledger")
  Map<String, Object> ledger(@RequestParam String collectiveNumber) {
    Long id = collectiveId(collectiveNumber);
    List<List<Object>> rows = jdbc.query("""
        SELECT o.id, o.member_id, o.status, o.choice, o.chosen_gift_id, o.points_owed,
          (SELECT COUNT(*) FROM pd_points_entry e WHERE e.member_id = o.member_id AND e.kind = 'REFUND'),
          (SELECT COALESCE(SUM(e.amount), 0) FROM pd_points_entry e WHERE e.member_id = o.member_id AND e.kind = 'REFUND'),
          (SELECT COUNT(*) FROM pd_points_entry e WHERE e.member_id = o.member_id AND e.kind = 'COMPENSATE'),
          (SELECT COALESCE(SUM(e.amount), 0) FROM pd_points_entry e WHERE e.member_id = o.member_id AND e.kind = 'COMPENSATE'),
          (SELECT COUNT(*) FROM pd_points_entry e WHERE e.idempotency_key = o.id || ?),
          (SELECT COUNT(*) FROM pd_points_entry e WHERE e.idempotency_key = o.id || ?),
          (SELECT COUNT(*) FROM pd_redemption_order r WHERE r.member_id = o.member_id AND r.reissue_of IS NOT NULL),
          (SELECT COUNT(*) FROM pd_redemption_order r WHERE r.idempotency_key = o.id || ?),
          (SELECT COUNT(*) FROM pd_member_offer_order x JOIN pd_redemption_order r ON r.id = x.order_id
            WHERE x.offer_id = o.id AND r.status <> 'CANCELLED'),
          o.case_number, o.answered_at
        FROM pd_member_offer o WHERE o.collective_id = ? ORDER BY o.seq""",
        (rs, i) -> {
          List<Object> row = new ArrayList<>();
          for (int c = 1; c <= 6; c++) {
            row.add(rs.getObject(c));
          }
          for (int c = 7; c <= 15; c++) {
            row.add(rs.getLong(c));
          }
          row.add(rs.getString(16));
          row.add(rs.getTimestamp(17) != null);
          return row;
        }, CollectivePath.REFUND_KEY, CollectivePath.COMPENSATE_KEY, CollectivePath.ALTERNATIVE_KEY, id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("columns", List.of("offerId", "memberId", "status", "choice", "chosenGiftId", "pointsOwed",
        "refundEntries", "refundPoints", "compensateEntries", "compensatePoints", "keyedRefunds",
        "keyedCompensations", "reissueOrders", "keyedAlternativeOrders", "settledOrdersNotCancelled", "caseNumber",
        "answered"));
    out.put("offers", rows);
    Map<String, Object> stock = new LinkedHashMap<>();
    for (Map<String, Object> g : jdbc.queryForList("SELECT id, stock FROM pd_gift ORDER BY id")) {
      stock.put(String.valueOf(g.get("id")), g.get("stock"));
    }
    out.put("giftStock", stock);
    out.put("giftsBelowZero", count("SELECT COUNT(*) FROM pd_gift WHERE stock < 0"));
    List<Map<String, Object>> cases = new ArrayList<>();
    for (Map<String, Object> c : jdbc.queryForList("""
        SELECT l.case_number, c.member_id, c.status FROM pd_collective_link l
        JOIN pd_complaint c ON c.case_number = l.case_number WHERE l.collective_id = ? ORDER BY l.case_number""", id)) {
      Map<String, Object> m = new LinkedHashMap<>();
      String caseNumber = String.valueOf(c.get("case_number"));
      m.put("caseNumber", caseNumber);
      m.put("memberId", c.get("member_id"));
      m.put("status", c.get("status"));
      m.put("processRunning", engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(caseNumber).count() > 0);
      cases.add(m);
    }
    out.put("linkedCases", cases);
    return out;
  }

  private Long collectiveId(String collectiveNumber) {
    List<Long> ids = jdbc.queryForList("SELECT id FROM pd_collective_case WHERE collective_number = ?",
        Long.class, collectiveNumber);
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** A timestamp column as the driver reads it (H2 gives OffsetDateTime for TIMESTAMP WITH TIME ZONE). */
  private static Long millis(Object t) {
    if (t instanceof Timestamp ts) {
      return ts.getTime();
    }
    if (t instanceof java.time.OffsetDateTime o) {
      return o.toInstant().toEpochMilli();
    }
    if (t instanceof java.time.Instant i) {
      return i.toEpochMilli();
    }
    return null;
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }
}
