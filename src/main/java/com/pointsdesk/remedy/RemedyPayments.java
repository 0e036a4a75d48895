package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.Complaints;
import com.pointsdesk.evidence.CaseFindings;
import com.pointsdesk.evidence.Findings;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.EntryKind;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Pays a case's settled remedy out: the amounts come from the decisions on record (policy,
 * reviewer, approver), never from the caller. Each step is idempotent through a key built from
 * the case number ({@code PD-2026-000123:RESTORE}, {@code :COMPENSATE}, {@code :REISSUE}): a
 * retried job, a job run twice by two nodes, or a replayed step books nothing the second time.
 */
@Service
@EnableConfigurationProperties(RemedyProperties.class)
public class RemedyPayments {

  private final Complaints complaints;
  private final CaseFindings findings;
  private final RemedyDecisions decisions;
  private final PointsLedger ledger;
  private final RedemptionOrders orders;
  private final Catalogue catalogue;
  private final CaseRemedies remedies;
  private final CaseProgress progress;

  RemedyPayments(Complaints complaints, CaseFindings findings, RemedyDecisions decisions,
      PointsLedger ledger, RedemptionOrders orders, Catalogue catalogue, CaseRemedies remedies,
      CaseProgress progress) {
    this.complaints = complaints;
    this.findings = findings;
    this.decisions = decisions;
    this.ledger = ledger;
    this.orders = orders;
    this.catalogue = catalogue;
    this.remedies = remedies;
    this.progress = progress;
  }

  public void restorePoints(String caseNumber) {
    Complaint complaint = lock(caseNumber);
    SettledRemedy settled = decisions.settled(caseNumber);
    int points = settled.remedy().restorePoints();
    if (points <= 0) {
      return;
    }
    // a restored redemption refers to its order, so the ledger shows the debit as repaid
    String reference = orderConcerned(complaint).orElse(caseNumber);
    if (book(complaint, points, EntryKind.RESTORE, reference, ":RESTORE", "恢复积分 points restored")) {
      progress.note(caseNumber, "POINTS_RESTORED", "+" + points + " points, " + settled.who());
    }
    remedies.restored(caseNumber, points);
  }

  public void grantCompensation(String caseNumber) {
    Complaint complaint = lock(caseNumber);
    SettledRemedy settled = decisions.settled(caseNumber);
    int points = settled.remedy().compensationPoints();
    if (points <= 0) {
      return;
    }
    if (book(complaint, points, EntryKind.COMPENSATE, caseNumber, ":COMPENSATE",
        "补偿积分 compensation")) {
      progress.note(caseNumber, "COMPENSATION_GRANTED", "+" + points + " points, " + settled.who());
    }
    remedies.compensated(caseNumber, points);
  }

  /** Sends the gift again as a free order; {@link GiftOutOfStock} when there is none to send. */
  public String reissueGift(String caseNumber) {
    Complaint complaint = lock(caseNumber);
    if (!decisions.settled(caseNumber).remedy().reissueGift()) {
      throw new IllegalStateException("The settled remedy of " + caseNumber + " reissues nothing");
    }
    String key = caseNumber + ":REISSUE";
    Optional<RedemptionOrder> done = orders.findByKey(key);
    if (done.isPresent()) {
      remedies.reissued(caseNumber, done.get().id());
      return done.get().id();
    }
    RedemptionOrder original = orderConcerned(complaint).flatMap(orders::find).orElseThrow(
        () -> new IllegalStateException("Case " + caseNumber + " names no order to reissue"));
    if (!catalogue.reserveOne(original.giftId())) {
      throw new GiftOutOfStock(original.giftId());
    }
    RedemptionOrder reissue = orders.reissue(original, key,
        catalogue.shipWithinDays(original.giftId()));
    remedies.reissued(caseNumber, reissue.id());
    progress.note(caseNumber, "GIFT_REISSUED", "New order " + reissue.id() + " for "
        + original.giftId() + " (replaces " + original.id() + ")");
    return reissue.id();
  }

  /**
   * The member may choose an alternative gift: because the remedy says so (a rule or stock
   * change), or because the gift to reissue is out of stock.
   */
  public void offerAlternative(String caseNumber) {
    lock(caseNumber);
    if (remedies.of(caseNumber).alternativeOffered()) {
      return;
    }
    remedies.alternativeOffered(caseNumber);
    progress.note(caseNumber, "ALTERNATIVE_OFFERED", decisions.settled(caseNumber).remedy().offerAlternative()
        ? "The member may choose an alternative gift"
        : "The gift to reissue is out of stock; the member may choose an alternative");
  }

  private boolean book(Complaint complaint, int points, EntryKind kind, String reference,
      String keySuffix, String description) {
    return ledger.book(complaint.memberId(), points, kind, reference,
        complaint.caseNumber() + keySuffix, description + " · " + complaint.caseNumber()).first();
  }

  private Complaint lock(String caseNumber) {
    return complaints.lock(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No complaint " + caseNumber));
  }

  private Optional<String> orderConcerned(Complaint complaint) {
    return Optional.ofNullable(complaint.orderId()).or(() -> findings.of(complaint.caseNumber())
        .map(Findings::orderId));
  }
}
