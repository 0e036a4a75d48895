package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveCases.CaseRow;
import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveCases.LinkedBy;
import com.pointsdesk.collective.CollectiveCases.OpenedBy;
import com.pointsdesk.complaint.CaseOpened;
import com.pointsdesk.complaint.ComplaintStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Groups a new case with the open cases about the same subject: it joins the subject's open
 * collective case on arrival, or, when it makes the open cases received within the window reach
 * the threshold, a collective case is opened and all of them are linked. A plain listener, so it
 * runs inside the intake's transaction: detection commits with the case or not at all, and the
 * subject's row lock serialises intakes about one subject (two at once open one collective case).
 */
@Component
@EnableConfigurationProperties(CollectiveProperties.class)
class CollectiveDetection {

  private static final Logger log = LoggerFactory.getLogger(CollectiveDetection.class);

  private final CaseSubjects subjects;
  private final CollectiveCases collectives;
  private final CollectiveLinks links;
  private final CollectiveProperties properties;
  private final CollectiveProcess process;
  private final Clock clock;

  CollectiveDetection(CaseSubjects subjects, CollectiveCases collectives, CollectiveLinks links,
      CollectiveProperties properties, CollectiveProcess process, Clock clock) {
    this.process = process;
    this.subjects = subjects;
    this.collectives = collectives;
    this.links = links;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  void caseOpened(CaseOpened opened) {
    Optional<Subject> found = subjects.of(opened);
    if (found.isEmpty()) {
      return;
    }
    Subject subject = found.get();
    collectives.lockSubject(subject);
    collectives.recordSubject(opened.caseNumber(), subject, opened.receivedAt());
    Optional<CollectiveCase> open = collectives.openAbout(subject);
    if (open.isPresent()) {
      links.link(open.get(), opened.caseNumber(), LinkedBy.ARRIVAL, null);
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<CaseRow> openCases = collectives.unlinkedCasesAbout(subject,
            now.minus(properties.window())).stream()
        .filter(c -> ComplaintStatus.valueOf(c.status()).isOpen()).toList();
    if (openCases.size() < properties.threshold()) {
      return;
    }
    CollectiveCase collective = collectives.open(subject, OpenedBy.THRESHOLD, null, now);
    log.info("{} open cases about {} within {}: opened collective case {}", openCases.size(),
        subject, properties.window(), collective.number());
    openCases.forEach(c -> links.link(collective, c.caseNumber(), LinkedBy.THRESHOLD, null));
    process.start(collective.number());
  }
}
