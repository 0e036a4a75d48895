package com.pointsdesk.escalation;

import static com.pointsdesk.escalation.Dossier.local;

import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.Complaints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's dossier from the domain tables, in one read-only transaction. */
@Service
class Dossiers {

  private final Complaints complaints;
  private final CaseTrail trail;
  private final InvolvedEntries entries;
  private final Clock clock;

  Dossiers(Complaints complaints, CaseTrail trail, InvolvedEntries entries, Clock clock) {
    this.complaints = complaints;
    this.trail = trail;
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Optional<Dossier> of(String caseNumber) {
    return complaints.find(caseNumber).map(this::dossier);
  }

  private Dossier dossier(Complaint c) {
    String caseNumber = c.caseNumber();
    // equal times: the contact before what it caused, the act before the event noting it
    var timeline = Dossier.chronological(trail.contacts(caseNumber), trail.messages(caseNumber),
        trail.evidence(caseNumber), trail.decisions(caseNumber),
        entries.of(caseNumber, c.memberId(), c.orderId()), trail.events(caseNumber));
    return new Dossier(header(c), timeline, OffsetDateTime.now(clock));
  }

  private static Dossier.Case header(Complaint c) {
    var due = c.dueDates();
    return new Dossier.Case(c.caseNumber(), c.memberId(), c.category().name(), c.status().name(),
        c.priority().name(), local(c.receivedAt()), local(due.firstResponseDueAt()),
        local(due.resolutionDueAt()), local(due.escalationDueAt()), local(c.firstRespondedAt()),
        local(c.closedAt()), c.orderId(), c.publicPost(), c.externalEscalation(), c.summary(),
        c.description(), local(c.occurredAt()), c.pointsClaimed(),
        c.demands().stream().map(Enum::name).toList(), c.externalRef());
  }
}
