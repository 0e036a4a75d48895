package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveDecisions.Decision;
import com.pointsdesk.collective.Offers.Choice;
import com.pointsdesk.collective.Offers.Offer;
import com.pointsdesk.collective.Offers.OfferStatus;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.notification.CollectiveMails;
import com.pointsdesk.notification.CollectiveMails.Option;
import com.pointsdesk.notification.CollectiveMails.Recipient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Each affected member's offer, as the member's instance of the collective process uses it. */
@Service
public class MemberOffers {

  private final Offers offers;
  private final CollectiveDecisions decisions;
  private final Catalogue catalogue;
  private final CollectiveMails mails;
  private final SubjectNames names;
  private final Clock clock;

  MemberOffers(Offers offers, CollectiveDecisions decisions, Catalogue catalogue,
      CollectiveMails mails, SubjectNames names, Clock clock) {
    this.names = names;
    this.offers = offers;
    this.decisions = decisions;
    this.catalogue = catalogue;
    this.mails = mails;
    this.clock = clock;
  }

  /** The business key of a member's offer process: {@code <collective number>/<member id>}. */
  public static String businessKey(String collectiveNumber, String memberId) {
    return collectiveNumber + "/" + memberId;
  }

  /** The business key of the collective case's offer number {@code seq} (the loop counter). */
  public String businessKeyAt(String collectiveNumber, int seq) {
    return businessKey(collectiveNumber, offers.memberAt(collectiveNumber, seq).orElseThrow(() ->
        new IllegalStateException("No offer " + seq + " in collective case " + collectiveNumber)));
  }

  /** The offer a member's offer process is about, from its business key. */
  public String idOf(String businessKey) {
    int slash = businessKey.indexOf('/');
    return offers.idOf(businessKey.substring(0, slash), businessKey.substring(slash + 1))
        .orElseThrow(() -> new IllegalStateException("No offer for " + businessKey));
  }

  /** Whether the member has a choice to make, and by when (null: nothing to choose). */
  public Facts facts(String offerId) {
    Offer offer = offer(offerId);
    return new Facts(offer.waitsForMember(), offer.answerBy());
  }

  /** Mails the member their options: the alternatives offered, a refund, the deadline. */
  public void send(String offerId) {
    Offer offer = offer(offerId);
    Decision decision = decisions.of(offer.collectiveId()).orElseThrow();
    List<Option> options = decision.alternatives().stream()
        .map(id -> catalogue.gift(id).orElseThrow())
        .map(g -> new Option(g.id(), g.name(), g.nameEn(), g.pointsPrice())).toList();
    mails.offer(recipient(offer, names), offerId, options, offer.pointsOwed(),
        decision.compensationPoints(), offer.answerBy());
  }

  /** The deadline passed without an answer: the default, a refund, applies. */
  public void lapse(String offerId) {
    Offer offer = offers.lock(offerId).orElseThrow();
    if (offer.status() == OfferStatus.OPEN) {
      offers.choose(offerId, OfferStatus.DEFAULTED, Choice.REFUND, null,
          OffsetDateTime.now(clock));
    }
  }

  private Offer offer(String offerId) {
    return offers.find(offerId).orElseThrow(() -> new IllegalStateException("No offer " + offerId));
  }

  static Recipient recipient(Offer offer, SubjectNames names) {
    return new Recipient(offer.memberId(), offer.caseNumber(), offer.collectiveNumber(),
        names.of(offer.collectiveNumber()));
  }

  public record Facts(boolean memberChooses, OffsetDateTime answerBy) {}
}
