package com.pointsdesk.escalation;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.ComplaintIntake;
import com.pointsdesk.complaint.ComplaintRequest;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.system.ConcurrentChanges;
import com.pointsdesk.system.InsertOnce;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * External referrals (12315, the market regulator, Black Cat, 电诉宝) through the one intake: a
 * referral joins the member's open case (by case number, order, or as the same complaint) or
 * opens a new HIGH-priority case; either way the case becomes an external escalation, once.
 * The same referral sent again (platform + reference) is recognised and changes nothing.
 */
@Service
class Referrals {

  private final ComplaintIntake intake;
  private final RedemptionOrders orders;
  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;
  private final TransactionTemplate transaction;
  private final ExternalEscalations escalations;
  private final Clock clock;

  Referrals(ComplaintIntake intake, RedemptionOrders orders, JdbcClient jdbc,
      InsertOnce insertOnce, TransactionTemplate transaction, ExternalEscalations escalations,
      Clock clock) {
    this.intake = intake;
    this.orders = orders;
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
    this.transaction = transaction;
    this.escalations = escalations;
    this.clock = clock;
  }

  IntakeOutcome receive(ReferralRequest r, Platform platform, String clientId) {
    String key = "referral:" + platform.code() + ":" + r.externalRef();
    ComplaintRequest complaint = new ComplaintRequest(platform.channel(), r.memberId(),
        category(r), r.summary(), r.description(), null, r.orderId(), null, List.of(), false,
        r.externalRef());
    return ConcurrentChanges.retry("Referral " + key, () -> transaction.execute(status -> {
      IntakeOutcome outcome = r.caseNumber() != null
          ? intake.submitTo(r.caseNumber(), complaint, clientId, key)
          : intake.submit(complaint, clientId, key);
      if (record(outcome.caseNumber(), platform, r)) {
        escalations.referralArrived(outcome.caseNumber(), r.respondBy());
      }
      return outcome;
    }));
  }

  private boolean record(String caseNumber, Platform platform, ReferralRequest r) {
    return insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_external_referral (case_number, platform, external_ref, summary,
              respond_by, received_at)
            VALUES (?, ?, ?, ?, ?, ?)""" + onConflict)
        .params(caseNumber, platform.code(), r.externalRef(), r.summary(), r.respondBy(),
            OffsetDateTime.now(clock))
        .update());
  }

  /** The category the referral states, else what its order says, else an unexplained loss. */
  private Category category(ReferralRequest r) {
    if (r.category() != null) {
      return r.category();
    }
    return Optional.ofNullable(r.orderId()).flatMap(orders::find)
        .map(Referrals::categoryOf).orElse(Category.UNEXPLAINED_DEDUCTION);
  }

  private static Category categoryOf(RedemptionOrder order) {
    return switch (order.status()) {
      case FAILED -> Category.REDEMPTION_FAILED;
      case DELIVERED -> Category.NOT_AS_DESCRIBED;
      default -> Category.DELIVERY_DELAYED;
    };
  }

  /** The latest referral of a case: what the escalation answers and by when. */
  static Optional<Referral> latest(JdbcClient jdbc, String caseNumber) {
    return jdbc.sql("""
            SELECT platform, external_ref, summary, respond_by FROM pd_external_referral
            WHERE case_number = ? ORDER BY received_at DESC, id DESC""")
        .param(caseNumber)
        .query((rs, i) -> new Referral(rs.getString("platform"), rs.getString("external_ref"),
            rs.getString("summary"), rs.getObject("respond_by", OffsetDateTime.class)))
        .list().stream().findFirst();
  }

  record Referral(String platform, String externalRef, String summary, OffsetDateTime respondBy) {}
}
