package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveCases.LinkedCase;
import com.pointsdesk.collective.CollectiveView.AffectedMember;
import com.pointsdesk.collective.CollectiveView.LinkedCaseView;
import com.pointsdesk.collective.CollectiveView.SubjectView;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.Gift;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the supervisor's view of a collective case: subject, linked cases, affected. */
@Component
class CollectiveViews {

  private final CollectiveCases collectives;
  private final RedemptionOrders orders;
  private final Catalogue catalogue;

  CollectiveViews(CollectiveCases collectives, RedemptionOrders orders, Catalogue catalogue) {
    this.collectives = collectives;
    this.orders = orders;
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
        affected(c.subject(), linked));
  }

  private SubjectView subject(Subject subject) {
    String name = switch (subject.kind()) {
      case GIFT -> catalogue.gift(subject.ref()).map(Gift::name).orElse(null);
      case RULE_CHANGE, EXPIRY_BATCH -> null;
    };
    return new SubjectView(subject.kind(), subject.ref(), name);
  }

  /** Members still owed the gift (complained or not), then any linked member not among them. */
  private List<AffectedMember> affected(Subject subject, List<LinkedCase> linked) {
    Map<String, List<String>> ordersByMember = new LinkedHashMap<>();
    if (subject.kind() == SubjectKind.GIFT) {
      for (RedemptionOrder order : orders.unfulfilledOfGift(subject.ref())) {
        ordersByMember.computeIfAbsent(order.memberId(), m -> new ArrayList<>()).add(order.id());
      }
    }
    linked.forEach(l -> ordersByMember.computeIfAbsent(l.memberId(), m -> new ArrayList<>()));
    Map<String, String> caseOfMember = new LinkedHashMap<>();
    linked.forEach(l -> caseOfMember.putIfAbsent(l.memberId(), l.caseNumber()));
    return ordersByMember.entrySet().stream().map(e -> new AffectedMember(e.getKey(),
        List.copyOf(e.getValue()), caseOfMember.get(e.getKey()))).toList();
  }

  private static OffsetDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
  }
}
