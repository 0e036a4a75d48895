package com.pointsdesk.collective;

import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.Gift;
import com.pointsdesk.ledger.RuleChange;
import org.springframework.stereotype.Component;

/** What members read a collective case's subject as: the gift, the rule change, the batch. */
@Component
class SubjectNames {

  private final CollectiveCases collectives;
  private final Catalogue catalogue;

  SubjectNames(CollectiveCases collectives, Catalogue catalogue) {
    this.collectives = collectives;
    this.catalogue = catalogue;
  }

  String of(String collectiveNumber) {
    Subject subject = collectives.find(collectiveNumber).orElseThrow().subject();
    return switch (subject.kind()) {
      case GIFT -> catalogue.gift(subject.ref()).map(g -> g.name() + " / " + g.nameEn())
          .orElse(subject.ref());
      case RULE_CHANGE -> catalogue.ruleChange(subject.ref()).map(RuleChange::title)
          .orElse(subject.ref());
      case EXPIRY_BATCH -> "积分过期 " + subject.ref() + " / points expired on " + subject.ref();
    };
  }
}
