package com.pointsdesk.complaint;

import com.pointsdesk.notification.MemberNotifier;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.ConcurrentChanges;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's reply to an open case: {@code POST /api/v1/complaints/{caseNumber}/messages}, and a
 * mail that answers one of ours (channel/email).
 */
@Service
public class MemberReplies {

  private final Complaints complaints;
  private final MemberMessages messages;
  private final CaseTimeline timeline;
  private final ComplaintProcess process;
  private final MemberNotifier notifier;
  private final TransactionTemplate transaction;
  private final Clock clock;

  MemberReplies(Complaints complaints, MemberMessages messages, CaseTimeline timeline,
      ComplaintProcess process, MemberNotifier notifier, TransactionTemplate transaction,
      Clock clock) {
    this.transaction = transaction;
    this.complaints = complaints;
    this.messages = messages;
    this.timeline = timeline;
    this.process = process;
    this.notifier = notifier;
    this.clock = clock;
  }

  public void receive(String caseNumber, String text) {
    ConcurrentChanges.retry("Reply to " + caseNumber,
        () -> transaction.execute(status -> receiveOnce(caseNumber, text)));
  }

  private Void receiveOnce(String caseNumber, String text) {
    Complaint complaint = complaints.lock(caseNumber).orElseThrow(
        () -> ApiException.notFound("caseNumber", "Unknown case " + caseNumber));
    if (!complaint.status().isOpen()) {
      throw ApiException.conflict("Case " + caseNumber + " is closed (" + complaint.status()
          + "); please open a new complaint that quotes it.");
    }
    SensitiveText.Cleaned cleaned = SensitiveText.clean(text.strip());
    messages.store(caseNumber, cleaned.text(), OffsetDateTime.now(clock));
    timeline.record(caseNumber, "MEMBER_REPLIED", cleaned.text());
    if (cleaned.secretsRemoved()) {
      timeline.record(caseNumber, "SENSITIVE_DATA_REDACTED",
          "A password in the member's reply was removed before storage; the member is warned");
      // DESIGN "Security and privacy": the member is warned, as for a complaint
      notifier.acknowledgeMerged(complaint.asMemberCase(), UUID.randomUUID().toString(), true);
    }
    // a reply while we wait for evidence may be the evidence (a timeline, an order number)
    process.evidenceProvided(caseNumber);
    return null;
  }
}
