package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveCases.LinkedBy;
import com.pointsdesk.complaint.CaseTimeline;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Links an individual case to a collective case and says so in the case's timeline. */
@Component
class CollectiveLinks {

  static final String TIMELINE_EVENT = "LINKED_TO_COLLECTIVE";

  private static final Logger log = LoggerFactory.getLogger(CollectiveLinks.class);

  private final CollectiveCases collectives;
  private final CollectiveDecisions decisions;
  private final Offers offers;
  private final CaseTimeline timeline;
  private final CollectiveProcess process;
  private final Clock clock;

  CollectiveLinks(CollectiveCases collectives, CollectiveDecisions decisions, Offers offers,
      CaseTimeline timeline, CollectiveProcess process, Clock clock) {
    this.collectives = collectives;
    this.decisions = decisions;
    this.offers = offers;
    this.timeline = timeline;
    this.process = process;
    this.clock = clock;
  }

  /**
   * False when the case was in a collective case already, or came after the decision from a
   * member it made no offer for (or one applied already): then it is handled on its own and
   * nothing is written. Once linked, a review of the case that waits is withdrawn.
   */
  boolean link(CollectiveCase collective, String caseNumber, LinkedBy how, String userId) {
    String memberId = collectives.lockCase(caseNumber).isEmpty() ? null
        : collectives.memberOf(caseNumber);
    if (decisions.of(collective.id()).isPresent()
        && !joinsOffer(collective, memberId, caseNumber)) {
      return false;
    }
    if (!collectives.link(collective.id(), caseNumber, how, userId, OffsetDateTime.now(clock))) {
      return false;
    }
    process.caseJoined(caseNumber);
    timeline.record(caseNumber, TIMELINE_EVENT, "并入集体投诉 " + collective.number()
        + " · joined collective case " + collective.number() + " (" + collective.subject() + ")"
        + (userId == null ? "" : ", linked by " + userId));
    log.info("Linked case {} to collective case {} ({})", caseNumber, collective.number(), how);
    return true;
  }

  /** After the decision a late case joins its member's offer, if that is not applied yet. */
  private boolean joinsOffer(CollectiveCase collective, String memberId, String caseNumber) {
    return offers.lockOfMember(collective.id(), memberId)
        .filter(offer -> offer.status() != Offers.OfferStatus.APPLIED && offer.caseNumber() == null)
        .map(offer -> {
          offers.attachCase(offer.id(), caseNumber);
          return true;
        })
        .orElse(false);
  }
}
