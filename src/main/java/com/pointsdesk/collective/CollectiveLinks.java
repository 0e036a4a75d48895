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
  private final CaseTimeline timeline;
  private final Clock clock;

  CollectiveLinks(CollectiveCases collectives, CaseTimeline timeline, Clock clock) {
    this.collectives = collectives;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** False when the case was in a collective case already (nothing is written then). */
  boolean link(CollectiveCase collective, String caseNumber, LinkedBy how, String userId) {
    if (!collectives.link(collective.id(), caseNumber, how, userId, OffsetDateTime.now(clock))) {
      return false;
    }
    timeline.record(caseNumber, TIMELINE_EVENT, "并入集体投诉 " + collective.number()
        + " · joined collective case " + collective.number() + " (" + collective.subject() + ")"
        + (userId == null ? "" : ", linked by " + userId));
    log.info("Linked case {} to collective case {} ({})", caseNumber, collective.number(), how);
    return true;
  }
}
