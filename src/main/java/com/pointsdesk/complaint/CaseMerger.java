package com.pointsdesk.complaint;

import com.pointsdesk.notification.MemberNotifier;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import com.pointsdesk.sla.ServiceTargets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The same complaint again (same member + category + order, or same member + category within 72
 * hours when there is no order) joins the open case: the new channel and text are recorded, and a
 * public post or an external channel raises the case's priority.
 */
@Component
class CaseMerger {

  private static final Logger log = LoggerFactory.getLogger(CaseMerger.class);
  static final Duration MERGE_WINDOW = Duration.ofHours(72);

  private final Complaints complaints;
  private final ComplaintChannels channels;
  private final CaseTimeline timeline;
  private final MemberMessages messages;
  private final ComplaintProcess process;
  private final MemberNotifier notifier;
  private final ServiceLevels serviceLevels;

  CaseMerger(Complaints complaints, ComplaintChannels channels, CaseTimeline timeline,
      MemberMessages messages, ComplaintProcess process, MemberNotifier notifier,
      ServiceLevels serviceLevels) {
    this.complaints = complaints;
    this.channels = channels;
    this.timeline = timeline;
    this.messages = messages;
    this.process = process;
    this.notifier = notifier;
    this.serviceLevels = serviceLevels;
  }

  /**
   * The case has just become an external escalation: SlaPolicy is asked again (a senior answer
   * within 24 h), the deadlines and tasks follow, and the external-escalation path starts.
   */
  private void escalate(Complaint open, ComplaintRequest r, OffsetDateTime now) {
    String caseNumber = open.caseNumber();
    ServiceTargets targets = process.escalated(caseNumber, r.channel(),
        open.publicPost() || r.isPublicPost(), true);
    DueDates due = serviceLevels.afterEscalation(open.dueDates(), targets, now,
        open.firstRespondedAt() != null);
    complaints.updateServiceLevels(caseNumber, due, targets.routing());
    process.deadlinesMoved(open.underPolicy(targets, due));
    process.escalateExternally(caseNumber);
    timeline.record(caseNumber, "ESCALATED_EXTERNALLY", (r.channel().isExternal()
        ? "External channel " : "Public post on ") + r.channel() + ": priority HIGH, "
        + targets.responderGroup() + " answer by " + due.firstResponseDueAt());
  }

  /** Merges the complaint into the member's open case like it, if there is one. */
  Optional<IntakeOutcome> intoOpenCase(String memberId, ComplaintRequest r, CleanedTexts text,
      OffsetDateTime now) {
    return complaints
        .findOpenDuplicate(memberId, r.category(), r.orderId(), now.minus(MERGE_WINDOW))
        .map(open -> merge(open, r, text, now));
  }

  /** Merges the complaint into the given open case (a referral that names its case). */
  IntakeOutcome into(Complaint open, ComplaintRequest r, CleanedTexts text, OffsetDateTime now) {
    return merge(open, r, text, now);
  }

  private IntakeOutcome merge(Complaint found, ComplaintRequest r, CleanedTexts text,
      OffsetDateTime now) {
    String caseNumber = found.caseNumber();
    Complaint open = complaints.lock(caseNumber).orElse(found);
    channels.add(caseNumber, r.channel(), text.externalRef(), now);
    timeline.record(caseNumber, "MERGED", "Same complaint again via " + r.channel()
        + (r.isPublicPost() ? " (public post)" : "") + ": " + text.summary());
    messages.store(caseNumber, "[" + r.channel() + "] " + text.summary()
        + (text.description() == null ? "" : "\n" + text.description()), now);
    text.noteRedaction(timeline, caseNumber);
    if (r.isPublicPost() && !open.publicPost()) {
      complaints.markPublicPost(caseNumber);
    }
    if ((r.isPublicPost() || r.channel().isExternal()) && complaints.escalateExternally(caseNumber)) {
      escalate(open, r, now);
    }
    notifier.acknowledgeMerged(open.asMemberCase(), UUID.randomUUID().toString(),
        text.secretsRemoved());
    log.info("Merged a {} complaint into open case {}", r.channel(), caseNumber);
    return new IntakeOutcome(caseNumber, IntakeOutcome.Kind.MERGED, true);
  }
}
