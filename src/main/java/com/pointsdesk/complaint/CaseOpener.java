package com.pointsdesk.complaint;

import com.pointsdesk.ledger.Member;
import com.pointsdesk.notification.MemberNotifier;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a new case: numbers it, saves it with its SLA due dates and channel, queues the
 * acknowledgement and starts the process with business key = case number; then says so
 * ({@link CaseOpened}) to whoever listens, in the same transaction.
 */
@Component
class CaseOpener {

  private static final Logger log = LoggerFactory.getLogger(CaseOpener.class);

  private final CaseNumbers caseNumbers;
  private final Complaints complaints;
  private final ComplaintChannels channels;
  private final CaseTimeline timeline;
  private final MemberNotifier notifier;
  private final ComplaintProcess process;
  private final ServiceLevels serviceLevels;
  private final ApplicationEventPublisher events;

  CaseOpener(CaseNumbers caseNumbers, Complaints complaints, ComplaintChannels channels,
      CaseTimeline timeline, MemberNotifier notifier,
      ComplaintProcess process, ServiceLevels serviceLevels, ApplicationEventPublisher events) {
    this.caseNumbers = caseNumbers;
    this.complaints = complaints;
    this.channels = channels;
    this.timeline = timeline;
    this.notifier = notifier;
    this.process = process;
    this.serviceLevels = serviceLevels;
    this.events = events;
  }

  IntakeOutcome open(Member member, ComplaintRequest r, CleanedTexts text, OffsetDateTime now) {
    String caseNumber = caseNumbers.next(now.atZoneSameInstant(BusinessTime.ZONE).getYear());
    Complaint complaint = Complaint.received(caseNumber, r.memberId(), r.category(),
        r.channel(), r.isPublicPost(), text.freeTexts(),
        new Complaint.Claim(r.occurredAt(), r.orderId(), r.pointsClaimed(), r.demandsOrEmpty()),
        now);
    // the process first (its SlaPolicy gives the due dates), so the case row is written once
    ComplaintProcess.Started started = process.start(complaint, r.channel());
    complaint = complaint.underPolicy(started.targets(),
        serviceLevels.dueDates(now, started.targets()));
    complaints.insert(complaint, started.processInstanceId());
    channels.add(caseNumber, r.channel(), text.externalRef(), now);
    timeline.record(caseNumber, "RECEIVED", "Received via " + r.channel()
        + (r.isPublicPost() ? " (public post)" : ""));
    text.noteRedaction(timeline, caseNumber);
    notifier.acknowledge(complaint.asMemberCase(), member, text.secretsRemoved());
    timeline.record(caseNumber, "ACKNOWLEDGED", "Acknowledgement with case number queued");
    log.info("Opened case {} ({}) for member {}", caseNumber, r.category(), r.memberId());
    events.publishEvent(new CaseOpened(caseNumber, r.memberId(), r.category(), r.orderId(),
        complaint.occurredOrReceivedAt(), complaint.receivedAt()));
    return new IntakeOutcome(caseNumber, IntakeOutcome.Kind.CREATED, false);
  }
}
