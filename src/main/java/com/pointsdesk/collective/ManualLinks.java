package com.pointsdesk.collective;

import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveCases.LinkedBy;
import com.pointsdesk.collective.CollectiveCases.OpenedBy;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.system.ApiException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A supervisor links a case to a collective case by hand (one collective case per case). */
@Service
class ManualLinks {

  private final CollectiveCases collectives;
  private final CollectiveLinks links;
  private final CollectiveProcess process;
  private final Clock clock;

  ManualLinks(CollectiveCases collectives, CollectiveLinks links, CollectiveProcess process,
      Clock clock) {
    this.process = process;
    this.collectives = collectives;
    this.links = links;
    this.clock = clock;
  }

  /**
   * A supervisor groups open cases about one subject before the threshold does: one collective
   * case, opened by hand, with each of them linked. The subject is the one detection recorded
   * for the cases; cases about different subjects (or none detection knows) are refused, and so
   * is a subject that already has an open collective case (link to that one instead).
   */
  @Transactional
  String open(List<String> caseNumbers, String supervisor) {
    Set<String> cases = new LinkedHashSet<>(caseNumbers);
    Set<Subject> subjects = new LinkedHashSet<>();
    for (String caseNumber : cases) {
      String status = collectives.statusOf(caseNumber).orElseThrow(() ->
          ApiException.notFound("caseNumbers", "Unknown case " + caseNumber));
      if (!ComplaintStatus.valueOf(status).isOpen()) {
        throw ApiException.conflict("Case " + caseNumber + " is closed (" + status + ")");
      }
      subjects.add(collectives.subjectOf(caseNumber).orElseThrow(() -> ApiException.conflict(
          "Case " + caseNumber + " is about no gift, rule change or expiry batch PointsDesk"
              + " groups by")));
    }
    if (subjects.size() != 1) {
      throw ApiException.conflict("The cases are about different subjects: " + subjects.stream()
          .map(Subject::key).toList());
    }
    Subject subject = subjects.iterator().next();
    collectives.lockSubject(subject);
    collectives.openAbout(subject).ifPresent(open -> {
      throw ApiException.conflict("Collective case " + open.number() + " is open about "
          + subject.key() + ": link the cases to it");
    });
    CollectiveCase collective = collectives.open(subject, OpenedBy.SUPERVISOR, supervisor,
        OffsetDateTime.now(clock));
    for (String caseNumber : cases) {
      if (!links.link(collective, caseNumber, LinkedBy.SUPERVISOR, supervisor)) {
        throw ApiException.conflict("Case " + caseNumber + " is already linked to collective case "
            + collectives.collectiveOf(caseNumber).orElse("?"));
      }
    }
    process.start(collective.number());
    return collective.number();
  }

  @Transactional
  void link(String collectiveNumber, String caseNumber, String supervisor) {
    CollectiveCase collective = collectives.lockCollective(collectiveNumber).orElseThrow(() ->
        ApiException.notFound("collectiveCase", "Unknown collective case " + collectiveNumber));
    if (collectives.statusOf(caseNumber).isEmpty()) {
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
      // linked by a concurrent intake or supervisor since the check above, or decided already
      throw ApiException.conflict("Case " + caseNumber + " is already linked to a collective case,"
          + " or its member has no open offer in " + collectiveNumber + " (decided already)");
    }
  }
}
