package com.pointsdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Channel;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.ledger.EntryKind;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceTargets;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each category's check against the demo ledger of DESIGN.md, called directly. The context is this
 * class's own (the property below keeps Spring from sharing the scenario tests' context and
 * database), and every test rolls back what it adds, so the demo data stays as shipped.
 *
 * <p>No server is started: the default mock web environment is used, because the Camunda REST
 * starter's Jersey configuration needs a servlet web application and does not start under
 * {@code WebEnvironment.NONE}.
 *
 * <p>"Now" is Friday 2026-11-20 07:00 in Shanghai, which is still Thursday in New York, the
 * default zone of the test JVM: day counts must follow business time.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = "pointsdesk.test.context=evidence-checks")
@Transactional
class EvidenceChecksTest {

  private static final OffsetDateTime NOW = at("2026-11-20T07:00");
  /** SlaPolicy.dmn's default rule. */
  private static final ServiceTargets SLA_DEFAULTS =
      new ServiceTargets(java.time.Duration.ofHours(24), 5, 7, 2, "support-agents");
  private static final AtomicInteger CASES = new AtomicInteger(900_000);

  @Autowired private List<EvidenceCheck> allChecks;
  @Autowired private PointsLedger ledger;
  @Autowired private EvidenceFiles evidenceFiles;
  @Autowired private ServiceLevels serviceLevels;
  @Autowired private JdbcClient jdbc;

  private final Map<Category, EvidenceCheck> checks = new EnumMap<>(Category.class);

  @BeforeEach
  void fixTheClock() {
    allChecks.forEach(check -> checks.put(check.category(), check));
    setNow(NOW);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void everyCategoryHasExactlyOneCheck() {
    assertThat(allChecks).extracting(EvidenceCheck::category)
        .containsExactlyInAnyOrder(Category.values());
  }

  @Nested
  class RedemptionFailed {

    @ParameterizedTest(name = "[{index}] order named: {0}")
    @CsvSource(nullValues = "-", textBlock = """
        R-20261110-0003
        -
        """)
    void u10003sFailedMembershipCardIsVerifiedWithThe3000UnrefundedPoints(String orderId) {
      // Given U10003's FAILED card redemption, named or found in the window around it
      Complaint complaint = complaint("U10003", Category.REDEMPTION_FAILED, orderId,
          "2026-11-10T20:45");

      // When
      Findings findings = check(complaint);

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.pointsAtStake()).isEqualTo(3000);
      assertThat(findings.orderId()).isEqualTo("R-20261110-0003");
      assertThat(findings.entryIds())
          .containsExactly(entryId("fixture:U10003:redeem:R-20261110-0003"));
      assertThat(findings.delayDays()).isZero();
    }

    @Test
    void aFailedRedemptionThatWasRefundedIsNotVerified() {
      // Given the platform refunded U10003's 3 000 points after all
      ledger.book("U10003", 3000, EntryKind.REFUND, "R-20261110-0003", "test:refund:0003",
          "refund");

      // When
      Findings findings = check(complaint("U10003", Category.REDEMPTION_FAILED,
          "R-20261110-0003", "2026-11-10T20:45"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
      assertThat(findings.pointsAtStake()).isZero();
    }

    @Test
    void aDeliveredOrderIsNotAFailedRedemption() {
      // When U10011 names the gift card that was delivered
      Findings findings = check(complaint("U10011", Category.REDEMPTION_FAILED,
          "R-20261005-0011", "2026-10-05T09:00"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
      assertThat(findings.summary()).contains("R-20261005-0011 is DELIVERED");
    }

    @Test
    void withoutAnOrderAndNoneInTheWindowTheCheckAsksForOne() {
      // When U10002, who never redeemed anything, names no order
      Findings findings = check(complaint("U10002", Category.REDEMPTION_FAILED, null,
          "2026-11-18T09:30"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(findings.summary()).contains("order number");
    }
  }

  @Nested
  class DeliveryDelayed {

    @Test
    void msZhangsSpeakerIsVerifiedAsOverdueSinceOctober27() {
      // When
      Findings findings = check(complaint("U10001", Category.DELIVERY_DELAYED,
          "R-20261020-0001", "2026-11-19T20:00"));

      // Then 24 days past the promised ship-by date of 2026-10-27, counted in Shanghai
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.delayDays()).isEqualTo(24);
      assertThat(findings.pointsAtStake()).isEqualTo(12000);
      assertThat(findings.orderId()).isEqualTo("R-20261020-0001");
      assertThat(findings.entryIds())
          .containsExactly(entryId("fixture:U10001:redeem:R-20261020-0001"));
    }

    @Test
    void msZhangsSpeakerIsFoundWithoutTheOrderNumber() {
      // When
      Findings findings = check(complaint("U10001", Category.DELIVERY_DELAYED, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.orderId()).isEqualTo("R-20261020-0001");
    }

    @ParameterizedTest(name = "[{index}] now {0} -> {1}, {2} days")
    @CsvSource(textBlock = """
        2026-10-25T12:00, NOT_VERIFIED, 0
        2026-10-27T23:30, NOT_VERIFIED, 0
        2026-10-28T00:30, VERIFIED,     1
        2026-11-03T10:00, VERIFIED,     7
        """)
    void anOrderIsOverdueFromTheDayAfterItsShipByDate(String now, Verdict verdict, int days) {
      // Given the clock at a moment around the ship-by date 2026-10-27 (Shanghai)
      setNow(at(now));

      // When
      Findings findings = check(complaint("U10001", Category.DELIVERY_DELAYED,
          "R-20261020-0001", null));

      // Then
      assertThat(findings.verdict()).isEqualTo(verdict);
      assertThat(findings.delayDays()).isEqualTo(days);
    }

    @Test
    void aDeliveredGiftIsNotDelayed() {
      // When
      Findings findings = check(complaint("U10010", Category.DELIVERY_DELAYED, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
      assertThat(findings.summary()).contains("R-20261101-0010 is DELIVERED");
    }

    @Test
    void aMemberWithoutPhysicalGiftsIsAskedForTheOrder() {
      // When U10011, who only redeemed a (virtual) gift card, complains of a late parcel
      Findings findings = check(complaint("U10011", Category.DELIVERY_DELAYED, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }
  }

  @Nested
  class UnexplainedDeduction {

    @Test
    void mrWangsVanished2000PointsAreVerified() {
      // When
      Findings findings = check(complaint("U10002", Category.UNEXPLAINED_DEDUCTION, null,
          "2026-11-18T09:30", 2000));

      // Then the ADJUST entry of 2026-11-18 is the one with nothing behind it
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.pointsAtStake()).isEqualTo(2000);
      assertThat(findings.entryIds()).containsExactly(entryId("fixture:U10002:adjust:20261118"));
      assertThat(findings.summary()).contains("2026-11-18 03:12");
      assertThat(findings.orderId()).isNull();
    }

    @Test
    void theHealthyAccountU10011IsNotVerified() {
      // When U10011 claims 500 points vanished: a redemption and an expiry are all there is
      Findings findings = check(complaint("U10011", Category.UNEXPLAINED_DEDUCTION, null,
          "2026-11-01T10:00", 500));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
      assertThat(findings.pointsAtStake()).isZero();
    }

    @Test
    void anAdjustmentBackedByARuleChangeIsExplained() {
      // Given an adjustment that names the rule change RC-2026-11
      ledger.book("U10011", -100, EntryKind.ADJUST, "RC-2026-11", "test:adjust:rc", "rule");

      // When
      Findings findings = check(complaint("U10011", Category.UNEXPLAINED_DEDUCTION, null,
          "2026-11-19T10:00"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    }
  }

  @Nested
  class ExpiredWithoutNotice {

    @Test
    void u10009s1500ExpiredPointsWithoutNoticeAreVerified() {
      // When
      Findings findings = check(complaint("U10009", Category.EXPIRED_WITHOUT_NOTICE, null,
          "2026-11-01T09:00"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.pointsAtStake()).isEqualTo(1500);
      assertThat(findings.entryIds())
          .containsExactly(entryId("fixture:U10009:expire:2026-10-31"));
      assertThat(findings.summary()).contains("2026-10-31");
    }

    @Test
    void u10011WasToldAMonthAheadSoTheExpiryIsNotVerified() {
      // When
      Findings findings = check(complaint("U10011", Category.EXPIRED_WITHOUT_NOTICE, null,
          "2026-11-01T09:00"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
      assertThat(findings.summary()).contains("announced");
    }

    @Test
    void aNoticeSentAfterTheExpiryIsNoNotice() {
      // Given U10009 was "told" the day after the points were gone
      jdbc.sql("""
              INSERT INTO pd_expiry_notice (member_id, expires_on, points, sent_at, channel)
              VALUES ('U10009', DATE '2026-10-31', 1500, ?, 'APP')""")
          .param(at("2026-11-01T10:00")).update();

      // When
      Findings findings = check(complaint("U10009", Category.EXPIRED_WITHOUT_NOTICE, null,
          "2026-11-01T09:00"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.pointsAtStake()).isEqualTo(1500);
    }

    @Test
    void noExpiryAtAllIsNotVerified() {
      // When Mr. Wang, whose points never expired, uses this category
      Findings findings = check(complaint("U10002", Category.EXPIRED_WITHOUT_NOTICE, null,
          "2026-11-18T09:30"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    }
  }

  @Nested
  class RuleChanged {

    @Test
    void u10012SavedForTheCardWhenItsPriceRoseWithOneEveningsNotice() {
      // When
      Findings findings = check(complaint("U10012", Category.RULE_CHANGED, null,
          "2026-11-01T09:00"));

      // Then RC-2026-11 raised the price by 1 500 after hours, not the promised 7 days
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.pointsAtStake()).isEqualTo(1500);
      assertThat(findings.summary()).contains("RC-2026-11").contains("3200 points saved");
      assertThat(findings.orderId()).isNull();
    }

    @Test
    void u10004sHeadphonesAreListedAlthoughOutOfStock() {
      // When
      Findings findings = check(complaint("U10004", Category.RULE_CHANGED, null, null));

      // Then the order of 2026-08-03 has waited 109 days for a gift that was never there
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.orderId()).isEqualTo("R-20260803-0004");
      assertThat(findings.pointsAtStake()).isEqualTo(8000);
      assertThat(findings.delayDays()).isEqualTo(109);
      assertThat(findings.entryIds())
          .containsExactly(entryId("fixture:U10004:redeem:R-20260803-0004"));
      assertThat(findings.summary()).contains("G-HEADPHONES");
    }

    @ParameterizedTest(name = "[{index}] {0} had {1} points")
    @CsvSource(textBlock = """
        U10011, 5000
        U10010, 7300
        U10009, 2600
        """)
    void aMemberTheChangeDidNotPutTheCardOutOfReachIsNotVerified(String memberId, int saved) {
      // Given a member without an order for the card, who had either enough for the new price
      // of 4 500 (the healthy account U10011 among them) or not even the old 3 000 on 11-01
      assertThat(ledger.entries(memberId).stream()
          .filter(e -> e.at().isBefore(at("2026-11-01T00:00")))
          .mapToInt(e -> e.amount()).sum()).isEqualTo(saved);

      // When
      Findings findings = check(complaint(memberId, Category.RULE_CHANGED, null,
          "2026-11-01T09:00"));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    }
  }

  @Nested
  class NotAsDescribed {

    @Test
    void withoutEvidenceTheCheckNamesWhatIsMissing() {
      // When U10010 complains about the tote bag without sending anything
      Findings findings = check(complaint("U10010", Category.NOT_AS_DESCRIBED, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(findings.summary()).contains("R-20261101-0010")
          .contains("a photo or video of the gift received")
          .contains("a screenshot of the gift page");
    }

    @Test
    void withOnlyAPhotoTheGiftPageIsStillNeeded() {
      // Given
      Complaint complaint = storedComplaint("U10010", Category.NOT_AS_DESCRIBED);
      attach(complaint, EvidenceKind.GIFT_PHOTO_OR_VIDEO);

      // When
      Findings findings = check(complaint);

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(findings.summary()).contains("a screenshot of the gift page")
          .doesNotContain("a photo or video");
    }

    @Test
    void withPhotoAndGiftPageTheDeliveredOrderIsVerifiedForTheAgentToCompare() {
      // Given
      Complaint complaint = storedComplaint("U10010", Category.NOT_AS_DESCRIBED);
      attach(complaint, EvidenceKind.GIFT_PHOTO_OR_VIDEO);
      attach(complaint, EvidenceKind.GIFT_PAGE_SCREENSHOT);

      // When
      Findings findings = check(complaint);

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.orderId()).isEqualTo("R-20261101-0010");
      assertThat(findings.pointsAtStake()).isEqualTo(5000);
      assertThat(findings.entryIds())
          .containsExactly(entryId("fixture:U10010:redeem:R-20261101-0010"));
    }

    @Test
    void anUndeliveredOrderIsNotVerified() {
      // When Ms. Zhang names her speaker, which never shipped
      Findings findings = check(complaint("U10001", Category.NOT_AS_DESCRIBED,
          "R-20261020-0001", null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    }

    @Test
    void withoutAnyDeliveredOrderTheOrderNumberIsNeeded() {
      // When
      Findings findings = check(complaint("U10002", Category.NOT_AS_DESCRIBED, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(findings.summary()).contains("order number");
    }
  }

  @Nested
  class SlowService {

    @Test
    void withoutAnEarlierCaseTheChatLogIsNeeded() {
      // When
      Findings findings = check(complaint("U10005", Category.SLOW_SERVICE, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(findings.summary()).contains("chat log");
    }

    @Test
    void anEarlierCaseAnsweredTwoDaysLateIsVerified() {
      // Given a case of 2026-11-02 10:00 (first response due 11-03 10:00) answered 11-05 10:00
      String earlier = storedCase("U10006", at("2026-11-02T10:00"), at("2026-11-05T10:00"));

      // When
      Findings findings = check(complaint("U10006", Category.SLOW_SERVICE, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.delayDays()).isEqualTo(2);
      assertThat(findings.summary()).contains(earlier).contains("48 hours");
    }

    @Test
    void anEarlierCaseStillUnansweredAfterItsDueTimeIsVerified() {
      // Given a case of 2026-11-16 07:00, never answered; due 11-17 07:00, now 11-20 07:00
      storedCase("U10007", at("2026-11-16T07:00"), null);

      // When
      Findings findings = check(complaint("U10007", Category.SLOW_SERVICE, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.VERIFIED);
      assertThat(findings.delayDays()).isEqualTo(3);
    }

    @Test
    void earlierCasesAnsweredInTimeAreNotVerified() {
      // Given
      storedCase("U10008", at("2026-11-02T10:00"), at("2026-11-02T16:00"));

      // When
      Findings findings = check(complaint("U10008", Category.SLOW_SERVICE, null, null));

      // Then
      assertThat(findings.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    }
  }

  // --- helpers ---------------------------------------------------------------------------

  private Findings check(Complaint complaint) {
    return checks.get(complaint.category()).check(complaint);
  }

  private Complaint complaint(String memberId, Category category, String orderId,
      String occurredAt) {
    return complaint(memberId, category, orderId, occurredAt, null);
  }

  /** A complaint received now, under a case number that is not in the database. */
  private Complaint complaint(String memberId, Category category, String orderId,
      String occurredAt, Integer pointsClaimed) {
    return complaint("PD-2026-" + CASES.incrementAndGet(), memberId, category, orderId,
        occurredAt == null ? null : at(occurredAt), pointsClaimed, NOW);
  }

  private Complaint complaint(String caseNumber, String memberId, Category category,
      String orderId, OffsetDateTime occurredAt, Integer pointsClaimed,
      OffsetDateTime received) {
    return Complaint.received(caseNumber, memberId, category, Channel.IN_APP, false,
        Complaint.FreeTexts.summary("test complaint"),
        new Complaint.Claim(occurredAt, orderId, pointsClaimed, List.of()), received)
        .withDueDates(serviceLevels.dueDates(received, SLA_DEFAULTS));
  }

  /** A complaint received now that exists in pd_complaint (evidence files need one). */
  private Complaint storedComplaint(String memberId, Category category) {
    String caseNumber = storedCase(memberId, NOW, null, category);
    return complaint(caseNumber, memberId, category, null, null, null, NOW);
  }

  private String storedCase(String memberId, OffsetDateTime received,
      OffsetDateTime firstRespondedAt) {
    return storedCase(memberId, received, firstRespondedAt, Category.SLOW_SERVICE);
  }

  private String storedCase(String memberId, OffsetDateTime received,
      OffsetDateTime firstRespondedAt, Category category) {
    Complaint c = complaint("PD-2026-" + CASES.incrementAndGet(), memberId, category, null,
        null, null, received);
    jdbc.sql("""
            INSERT INTO pd_complaint (case_number, member_id, category, status, priority,
              summary, public_post, external_escalation, received_at, first_response_due_at,
              resolution_due_at, escalation_due_at, first_responded_at)
            VALUES (?, ?, ?, 'RECEIVED', 'NORMAL', 'earlier contact', FALSE, FALSE, ?, ?, ?, ?, ?)
            """)
        .params(c.caseNumber(), memberId, category.name(), received,
            c.dueDates().firstResponseDueAt(), c.dueDates().resolutionDueAt(),
            c.dueDates().escalationDueAt(), firstRespondedAt)
        .update();
    return c.caseNumber();
  }

  private void attach(Complaint complaint, EvidenceKind kind) {
    byte[] content = ("evidence " + kind).getBytes(StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(content).repeat(4).substring(0, 64);
    evidenceFiles.store(complaint.caseNumber(), kind, ContentSniffer.TEXT, content, sha256,
        kind.name().toLowerCase() + ".txt", "U10010", NOW);
  }

  private long entryId(String idempotencyKey) {
    return ledger.findByKey(idempotencyKey).orElseThrow().id();
  }

  private static void setNow(OffsetDateTime now) {
    ClockUtil.setCurrentTime(Date.from(now.toInstant()));
  }

  private static OffsetDateTime at(String shanghaiLocalDateTime) {
    return OffsetDateTime.parse(shanghaiLocalDateTime + ":00+08:00");
  }
}
