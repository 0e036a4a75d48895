package com.pointsdesk.collective;

import com.pointsdesk.collective.AffectedMembers.Affected;
import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveDecisions.Decision;
import com.pointsdesk.collective.Offers.Choice;
import com.pointsdesk.collective.Offers.NewOffer;
import com.pointsdesk.collective.Offers.OfferStatus;
import com.pointsdesk.complaint.CaseTimeline;
import com.pointsdesk.ledger.Catalogue;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The collective case's own steps: the supervisor's decision (validated and recorded), the
 * corrective action, one offer per affected member, and the closing. What each member is then
 * paid is {@link MemberRemedies}'; it reads what is recorded here, never a process variable.
 */
@Service
public class CollectiveRemedies {

  private static final Logger log = LoggerFactory.getLogger(CollectiveRemedies.class);

  private final CollectiveCases collectives;
  private final CollectiveDecisions decisions;
  private final DecisionForm form;
  private final AffectedMembers affected;
  private final Offers offers;
  private final Catalogue catalogue;
  private final CaseTimeline timeline;
  private final Clock clock;

  CollectiveRemedies(CollectiveCases collectives, CollectiveDecisions decisions,
      DecisionForm form, AffectedMembers affected, Offers offers, Catalogue catalogue,
      CaseTimeline timeline, Clock clock) {
    this.collectives = collectives;
    this.decisions = decisions;
    this.form = form;
    this.affected = affected;
    this.offers = offers;
    this.catalogue = catalogue;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** What the decision form shows: the subject, linked cases, affected members, options. */
  public Map<String, String> briefing(String collectiveNumber) {
    CollectiveCase collective = collective(collectiveNumber);
    return form.briefing(collective, affected.of(collective));
  }

  /** Validates the supervisor's form input and records it as the collective case's decision. */
  public void decide(String collectiveNumber, String supervisor, DecisionInput input) {
    CollectiveCase collective = collectives.lockCollective(collectiveNumber)
        .orElseThrow(() -> new IllegalStateException("No collective case " + collectiveNumber));
    Decision decision = form.read(collective, supervisor, input);
    decisions.save(collective.id(), decision);
    log.info("{}: {} decided {} for {}", collectiveNumber, supervisor, decision.remedy(),
        collective.subject());
  }

  /** Records the corrective action on the collective case and each linked case's timeline. */
  public void recordCorrectiveAction(String collectiveNumber) {
    CollectiveCase collective = collective(collectiveNumber);
    String action = decision(collective).correctiveAction();
    collectives.recordCorrectiveAction(collective.id(), action);
    // the stock display fixed: a gift without stock is no longer listed as if available
    if (collective.subject().kind() == SubjectKind.GIFT) {
      catalogue.unlistWhileOutOfStock(collective.subject().ref());
    }
    collectives.linkedTo(collective.id()).forEach(c -> timeline.record(c.caseNumber(),
        "CORRECTIVE_ACTION", "整改措施 · corrective action (" + collectiveNumber + "): " + action));
  }

  /**
   * One offer per affected member (numbered 0..n-1, the loop counter of the member's instance):
   * open for a member who may choose, else decided already. Returns how many; a retried step
   * finds the offers it made.
   */
  public int openOffers(String collectiveNumber) {
    CollectiveCase collective = collective(collectiveNumber);
    int existing = offers.countOf(collective.id());
    if (existing > 0) {
      return existing;
    }
    Decision decision = decision(collective);
    List<NewOffer> made = new ArrayList<>();
    for (Affected member : affected.of(collective)) {
      boolean chooses = decision.membersChoose() && member.pointsOwed() > 0;
      Choice preset = chooses ? null : member.pointsOwed() == 0 ? Choice.NONE
          : decision.remedy() == CollectiveRemedy.RESTORE_EXPIRED ? Choice.RESTORE : Choice.REFUND;
      made.add(new NewOffer(Offers.newId(), collective.id(), made.size(), member.memberId(),
          member.caseNumber(), member.pointsOwed(), chooses ? decision.answerBy() : null,
          chooses ? OfferStatus.OPEN : OfferStatus.DECIDED, preset, member.orders()));
    }
    if (made.isEmpty()) {
      // nobody to wait for: an incident for a supervisor rather than a case that never closes
      throw new IllegalStateException(collectiveNumber + " has no affected member to offer to");
    }
    offers.insertAll(made);
    offers.pending(collective.id(), made.size());
    log.info("{}: {} offers opened", collectiveNumber, made.size());
    return made.size();
  }

  /** Every member's remedy is applied: the collective case closes. */
  public void close(String collectiveNumber) {
    collectives.close(collective(collectiveNumber).id(), OffsetDateTime.now(clock));
  }

  private CollectiveCase collective(String collectiveNumber) {
    return collectives.find(collectiveNumber)
        .orElseThrow(() -> new IllegalStateException("No collective case " + collectiveNumber));
  }

  private Decision decision(CollectiveCase collective) {
    return decisions.of(collective.id()).orElseThrow(() ->
        new IllegalStateException("No decision for collective case " + collective.number()));
  }

  /** The decision form's fields as Tasklist submitted them (read strictly by DecisionForm). */
  public record DecisionInput(String remedy, String alternativeGiftIds, Long compensationPoints,
      Long answerWithinWorkingDays, String correctiveAction) {}
}
