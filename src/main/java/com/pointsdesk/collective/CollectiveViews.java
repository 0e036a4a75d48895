package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveCases.LinkedCase;
import com.pointsdesk.collective.CollectiveView.AffectedMember;
import com.pointsdesk.collective.CollectiveView.DecisionView;
import com.pointsdesk.collective.CollectiveView.LinkedCaseView;
import com.pointsdesk.collective.CollectiveView.SubjectView;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.Gift;
import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the supervisor's view of a collective case: subject, linked cases, affected. */
@Component
class CollectiveViews {

  private final CollectiveCases collectives;
  private final AffectedMembers affected;
  private final CollectiveDecisions decisions;
  private final Offers offers;
  private final Catalogue catalogue;

  CollectiveViews(CollectiveCases collectives, AffectedMembers affected,
      CollectiveDecisions decisions, Offers offers, Catalogue catalogue) {
    this.collectives = collectives;
    this.affected = affected;
    this.decisions = decisions;
    this.offers = offers;
    this.catalogue = catalogue;
  }

  @Transactional(readOnly = true)
  Optional<CollectiveView> find(String collectiveNumber) {
    return collectives.find(collectiveNumber).map(this::view);
  }

  private CollectiveView view(CollectiveCase c) {
    List<LinkedCase> linked = collectives.linkedTo(c.id());
    return new CollectiveView(c.number(), c.status(), subject(c.subject()), local(c.openedAt()),
        c.openedBy(), linked.stream().map(l -> new LinkedCaseView(l.caseNumber(), l.memberId(),
            l.status(), local(l.linkedAt()), l.linkedBy())).toList(),
        affected.of(c).stream().map(a -> new AffectedMember(a.memberId(), a.orders(),
            a.caseNumber())).toList(),
        decisions.of(c.id()).map(d -> new DecisionView(d.remedy().name(), d.alternatives(),
            d.compensationPoints(), local(d.answerBy()), d.decidedBy(), local(d.decidedAt())))
            .orElse(null),
        collectives.correctiveActionOf(c.id()).orElse(null), offers.statusCounts(c.id()));
  }

  private SubjectView subject(Subject subject) {
    String name = switch (subject.kind()) {
      case GIFT -> catalogue.gift(subject.ref()).map(Gift::name).orElse(null);
      case RULE_CHANGE, EXPIRY_BATCH -> null;
    };
    return new SubjectView(subject.kind(), subject.ref(), name);
  }

  private static OffsetDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
  }
}
