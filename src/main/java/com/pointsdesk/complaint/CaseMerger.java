package com.pointsdesk.complaint;

import com.pointsdesk.notification.MemberNotifier;
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

  CaseMerger(Complaints complaints, ComplaintChannels channels, CaseTimeline timeline,
      MemberMessages messages, ComplaintProcess process, MemberNotifier notifier) {
    this.complaints = complaints;
    this.channels = channels;
    this.timeline = timeline;
    this.messages = messages;
    this.process = process;
    this.notifier = notifier;
  }

  /** Merges the complaint into the member's open case like it, if there is one. */
  Optional<IntakeOutcome> intoOpenCase(String memberId, ComplaintRequest r, CleanedTexts text,
      OffsetDateTime now) {
    return complaints
        .findOpenDuplicate(memberId, r.category(), r.orderId(), now.minus(MERGE_WINDOW))
        .map(open -> merge(open, r, text, now));
  }

  private IntakeOutcome merge(Complaint open, ComplaintRequest r, CleanedTexts text,
      OffsetDateTime now) {
    String caseNumber = open.caseNumber();
    complaints.lock(caseNumber);
    channels.add(caseNumber, r.channel(), text.externalRef(), now);
    timeline.record(caseNumber, "MERGED", "Same complaint again via " + r.channel()
        + (r.isPublicPost() ? " (public post)" : "") + ": " + text.summary());
    messages.store(caseNumber, "[" + r.channel() + "] " + text.summary()
        + (text.description() == null ? "" : "\n" + text.description()), now);
    text.noteRedaction(timeline, caseNumber);
    boolean external = r.channel().isExternal();
    if ((r.isPublicPost() && !open.publicPost()) || (external && !open.externalEscalation())) {
      complaints.escalate(caseNumber, r.isPublicPost(), external);
      process.escalated(caseNumber, open.publicPost() || r.isPublicPost(),
          open.externalEscalation() || external);
      timeline.record(caseNumber, "PRIORITY_RAISED",
          (external ? "External channel " : "Public post on ") + r.channel());
    }
    notifier.acknowledgeMerged(open.asMemberCase(), UUID.randomUUID().toString(),
        text.secretsRemoved());
    log.info("Merged a {} complaint into open case {}", r.channel(), caseNumber);
    return new IntakeOutcome(caseNumber, IntakeOutcome.Kind.MERGED, true);
  }
}
