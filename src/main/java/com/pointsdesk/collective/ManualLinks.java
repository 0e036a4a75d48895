package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveCases.LinkedBy;
import com.pointsdesk.system.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A supervisor links a case to a collective case by hand (one collective case per case). */
@Service
class ManualLinks {

  private final CollectiveCases collectives;
  private final CollectiveLinks links;

  ManualLinks(CollectiveCases collectives, CollectiveLinks links) {
    this.collectives = collectives;
    this.links = links;
  }

  @Transactional
  void link(String collectiveNumber, String caseNumber, String supervisor) {
    CollectiveCase collective = collectives.lockCollective(collectiveNumber).orElseThrow(() ->
        ApiException.notFound("collectiveCase", "Unknown collective case " + collectiveNumber));
    if (!collectives.caseExists(caseNumber)) {
      throw ApiException.notFound("caseNumber", "Unknown case " + caseNumber);
    }
    if (!collective.isOpen()) {
      throw ApiException.conflict("Collective case " + collectiveNumber + " is closed");
    }
    collectives.collectiveOf(caseNumber).ifPresent(other -> {
      throw ApiException.conflict("Case " + caseNumber + " is already linked to collective case "
          + other);
    });
    if (!links.link(collective, caseNumber, LinkedBy.SUPERVISOR, supervisor)) {
      // linked by a concurrent intake or supervisor since the check above
      throw ApiException.conflict("Case " + caseNumber + " is already linked to a collective case");
    }
  }
}
