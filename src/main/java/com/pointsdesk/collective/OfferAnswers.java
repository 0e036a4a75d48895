package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveDecisions.Decision;
import com.pointsdesk.collective.Offers.Choice;
import com.pointsdesk.collective.Offers.Offer;
import com.pointsdesk.collective.Offers.OfferStatus;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.Gift;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.ConcurrentChanges;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's answer to their offer, checked against the offer and decision recorded in the
 * domain tables (never a process variable): their own offer, still open, before the deadline, a
 * gift the decision offers and that has a unit left. The unit is taken in the same transaction
 * as the answer, so two members picking the last one cannot both get it; the loser may choose
 * again. A refusal changes nothing.
 */
@Service
class OfferAnswers {

  private final Offers offers;
  private final CollectiveDecisions decisions;
  private final Catalogue catalogue;
  private final CollectiveProcess process;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OfferAnswers(Offers offers, CollectiveDecisions decisions, Catalogue catalogue,
      CollectiveProcess process, TransactionTemplate transaction, Clock clock) {
    this.offers = offers;
    this.decisions = decisions;
    this.catalogue = catalogue;
    this.process = process;
    this.transaction = transaction;
    this.clock = clock;
  }

  OfferView answer(String offerId, String memberId, String choiceText) {
    Answer answer = Answer.parse(choiceText);
    return ConcurrentChanges.retry("Answer to offer", () -> transaction.execute(status -> {
      Offer offer = offers.lock(offerId).filter(o -> o.memberId().equals(memberId))
          .orElseThrow(() -> ApiException.notFound("offerId",
              "No offer " + offerId + " for member " + memberId));
      refuseUnlessOpen(offer);
      Decision decision = decisions.of(offer.collectiveId()).orElseThrow();
      if (answer.choice() == Choice.ALTERNATIVE) {
        requireOffered(answer.giftId(), decision);
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      offers.choose(offerId, OfferStatus.ANSWERED, answer.choice(), answer.giftId(), now);
      if (!process.offerAnswered(MemberOffers.businessKey(offer.collectiveNumber(), memberId))) {
        throw new IllegalStateException("No instance of " + offer.collectiveNumber()
            + " waits for offer " + offerId);
      }
      // the unit last: the gift's row stays locked only for the rest of this transaction
      if (answer.choice() == Choice.ALTERNATIVE) {
        take(answer.giftId(), decision);
      }
      return new OfferView(offerId, offer.collectiveNumber(), memberId, OfferStatus.ANSWERED.name(),
          answer.choice().name(), answer.giftId(), now, offer.answerBy());
    }));
  }

  /**
   * What the member's app shows: their options with points and whether a unit is left, the
   * refund, the compensation, the deadline, and their answer once given.
   */
  @Transactional(readOnly = true)
  OfferDetails details(String offerId, String memberId) {
    Offer offer = offers.find(offerId).filter(o -> o.memberId().equals(memberId))
        .orElseThrow(() -> ApiException.notFound("offerId",
            "No offer " + offerId + " for member " + memberId));
    Decision decision = decisions.of(offer.collectiveId()).orElseThrow();
    List<Option> options = new ArrayList<>();
    if (offer.status() == OfferStatus.OPEN || offer.choice() == Choice.ALTERNATIVE) {
      decision.alternatives().forEach(id -> catalogue.gift(id).ifPresent(g -> options.add(
          new Option("ALTERNATIVE:" + g.id(), g.name(), g.nameEn(), g.pointsPrice(),
              g.stock() > 0))));
    }
    if (offer.pointsOwed() > 0 && offer.choice() != Choice.RESTORE) {
      options.add(new Option("REFUND", "退还积分", "Refund of the points", offer.pointsOwed(),
          true));
    }
    return new OfferDetails(offerId, offer.collectiveNumber(), memberId, offer.status().name(),
        offer.choice() == null ? null : offer.choice().name(), offer.chosenGiftId(),
        offer.answerBy(), offer.pointsOwed(), decision.compensationPoints(), options);
  }

  private void refuseUnlessOpen(Offer offer) {
    switch (offer.status()) {
      case OPEN -> {
        if (!OffsetDateTime.now(clock).isBefore(offer.answerBy())) {
          throw ApiException.conflict("The deadline of this offer passed at " + offer.answerBy()
              + ": the default, a refund of " + offer.pointsOwed() + " points, applies");
        }
      }
      case DEFAULTED -> throw ApiException.conflict("The deadline of this offer passed: the"
          + " default, a refund of " + offer.pointsOwed() + " points, applies");
      case DECIDED -> throw ApiException.conflict("This offer has nothing to choose: its remedy"
          + " is decided for every member");
      default -> throw ApiException.conflict("This offer was answered already (" + offer.choice()
          + (offer.chosenGiftId() == null ? "" : " " + offer.chosenGiftId()) + " at "
          + offer.answeredAt() + "); an answer cannot be changed");
    }
  }

  private static void requireOffered(String giftId, Decision decision) {
    if (!decision.alternatives().contains(giftId)) {
      throw ApiException.invalid("choice", "Gift " + giftId + " is not offered; choose one of "
          + decision.alternatives().stream().map(g -> "ALTERNATIVE:" + g).toList() + " or REFUND");
    }
  }

  /**
   * One unit of the gift for this member, or a refusal naming what is left; thrown, it rolls the
   * whole answer back (the recorded choice and the correlation with it).
   */
  private void take(String giftId, Decision decision) {
    if (!catalogue.reserveOne(giftId)) {
      List<String> left = decision.alternatives().stream()
          .filter(g -> catalogue.gift(g).map(Gift::stock).orElse(0) > 0)
          .map(g -> "ALTERNATIVE:" + g).toList();
      throw ApiException.conflict("Gift " + giftId + " has just run out of stock; nothing was"
          + " recorded, please choose again: " + (left.isEmpty() ? "" : left + " or ") + "REFUND");
    }
  }

  /** {@code ALTERNATIVE:<giftId>} or {@code REFUND}. */
  record Answer(Choice choice, String giftId) {

    static Answer parse(String text) {
      String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
      if (value.equals("REFUND")) {
        return new Answer(Choice.REFUND, null);
      }
      if (value.startsWith("ALTERNATIVE:") && value.length() > "ALTERNATIVE:".length()) {
        return new Answer(Choice.ALTERNATIVE, value.substring("ALTERNATIVE:".length()).strip());
      }
      throw ApiException.invalid("choice", "choice is ALTERNATIVE:<giftId> or REFUND");
    }
  }

  /** {@code GET /api/v1/offers/{offerId}}: the offer as the member sees it. */
  record OfferDetails(String offerId, String collectiveCase, String memberId, String status,
      String choice, String giftId, OffsetDateTime answerBy, int pointsOwed,
      int compensationPoints, List<Option> options) {}

  /** One thing the member may choose: {@code choice} is what they send back. */
  record Option(String choice, String name, String nameEn, int points, boolean available) {}

  /** {@code POST /api/v1/offers/{offerId}/choice}'s answer. */
  record OfferView(String offerId, String collectiveCase, String memberId, String status,
      String choice, String giftId, OffsetDateTime answeredAt, OffsetDateTime answerBy) {}
}
