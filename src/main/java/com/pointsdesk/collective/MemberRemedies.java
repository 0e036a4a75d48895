package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveDecisions.Decision;
import com.pointsdesk.collective.Offers.Choice;
import com.pointsdesk.collective.Offers.Offer;
import com.pointsdesk.collective.Offers.OfferStatus;
import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.EntryKind;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.notification.CollectiveMails;
import com.pointsdesk.notification.CollectiveMails.Outcome;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Pays each member what their offer records, once: every booking and order is keyed by the
 * offer ({@code <offerId>:REFUND}, {@code :RESTORE}, {@code :COMPENSATE}, {@code :ALTERNATIVE}),
 * so a retried job or a second node books nothing twice. Amounts come from the offer and the
 * decision in the domain tables.
 */
@Service
public class MemberRemedies {

  private final Offers offers;
  private final CollectiveDecisions decisions;
  private final PointsLedger ledger;
  private final RedemptionOrders orders;
  private final Catalogue catalogue;
  private final CaseProgress cases;
  private final CollectiveMails mails;
  private final SubjectNames names;
  private final CollectiveProcess process;
  private final Clock clock;

  MemberRemedies(Offers offers, CollectiveDecisions decisions, PointsLedger ledger,
      RedemptionOrders orders, Catalogue catalogue, CaseProgress cases, CollectiveMails mails,
      SubjectNames names, CollectiveProcess process, Clock clock) {
    this.offers = offers;
    this.decisions = decisions;
    this.ledger = ledger;
    this.orders = orders;
    this.catalogue = catalogue;
    this.cases = cases;
    this.mails = mails;
    this.names = names;
    this.process = process;
    this.clock = clock;
  }

  /** What the member gets, as recorded: the conditions of the pay-out gateway. */
  public Remedy remedyOf(String offerId) {
    Offer offer = offer(offerId);
    if (offer.choice() == null) {
      throw new IllegalStateException("Offer " + offerId + " has no choice yet");
    }
    boolean caseOpen = offer.caseNumber() != null
        && cases.complaint(offer.caseNumber()).status().isOpen();
    return new Remedy(offer.choice() == Choice.ALTERNATIVE,
        offer.choice() == Choice.REFUND ? offer.pointsOwed() : 0,
        offer.choice() == Choice.RESTORE ? offer.pointsOwed() : 0,
        decision(offer).compensationPoints(), caseOpen);
  }

  public void orderAlternative(String offerId) {
    Offer offer = offer(offerId);
    List<String> settled = offers.ordersOf(offerId);
    RedemptionOrder original = orders.find(settled.get(0)).orElseThrow();
    RedemptionOrder exchange = orders.exchange(original, offer.chosenGiftId(),
        "RA-" + offer.collectiveNumber().substring(3) + "-" + offer.seq(),
        offerId + ":ALTERNATIVE", catalogue.shipWithinDays(offer.chosenGiftId()));
    settled.forEach(orders::cancelUndelivered);
    offers.newOrder(offerId, exchange.id());
  }

  public void refund(String offerId) {
    Offer offer = offer(offerId);
    ledger.book(offer.memberId(), offer.pointsOwed(), EntryKind.REFUND, offer.collectiveNumber(),
        offerId + ":REFUND", "集体补救退还积分 refund, collective case " + offer.collectiveNumber());
    offers.ordersOf(offerId).forEach(orders::cancelUndelivered);
  }

  public void restoreExpired(String offerId) {
    Offer offer = offer(offerId);
    ledger.book(offer.memberId(), offer.pointsOwed(), EntryKind.RESTORE,
        offer.collectiveNumber(), offerId + ":RESTORE",
        "集体补救恢复过期积分 expired points restored, collective case " + offer.collectiveNumber());
  }

  public void compensate(String offerId) {
    Offer offer = offer(offerId);
    ledger.book(offer.memberId(), decision(offer).compensationPoints(), EntryKind.COMPENSATE,
        offer.collectiveNumber(), offerId + ":COMPENSATE",
        "集体补救补偿 compensation, collective case " + offer.collectiveNumber());
  }

  /**
   * Marks the offer applied and tells the member what they got; the last member's tells the
   * collective case too.
   */
  public void tellMember(String offerId) {
    Offer offer = offers.lock(offerId).orElseThrow();
    if (offers.applied(offerId, OffsetDateTime.now(clock))
        && offers.oneLessPending(offer.collectiveId()) == 0) {
      process.allRemediesApplied(offer.collectiveNumber());
    }
    Remedy remedy = remedyOf(offerId);
    String gift = offer.chosenGiftId() == null ? null
        : catalogue.gift(offer.chosenGiftId()).map(g -> g.name() + " / " + g.nameEn())
            .orElse(offer.chosenGiftId());
    mails.outcome(MemberOffers.recipient(offer, names), offerId, new Outcome(
        offer.newOrderId(), gift, remedy.refundPoints(),
        offer.status() == OfferStatus.DEFAULTED, remedy.restorePoints(),
        remedy.compensationPoints()));
  }

  /** As {@link #tellMember}, and the member's own case is resolved with the outcome. */
  public void resolveMemberCase(String offerId) {
    Offer offer = offer(offerId);
    tellMember(offerId);
    cases.close(offer.caseNumber(), ComplaintStatus.RESOLVED, "集体补救 · collective remedy "
        + offer.collectiveNumber() + ": " + offer.choice()
        + (offer.chosenGiftId() == null ? "" : " " + offer.chosenGiftId() + " (order "
        + offer.newOrderId() + ")") + (offer.status() == OfferStatus.DEFAULTED
        ? " by default at the deadline" : ""));
    process.remedyApplied(offer.caseNumber());
  }

  private Offer offer(String offerId) {
    return offers.find(offerId).orElseThrow(() -> new IllegalStateException("No offer " + offerId));
  }

  private Decision decision(Offer offer) {
    return decisions.of(offer.collectiveId()).orElseThrow();
  }

  /** The pay-out gateway's conditions for one member. */
  public record Remedy(boolean alternativeGift, int refundPoints, int restorePoints,
      int compensationPoints, boolean memberCaseOpen) {}
}
