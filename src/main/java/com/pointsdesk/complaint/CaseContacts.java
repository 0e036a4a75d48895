package com.pointsdesk.complaint;

import com.pointsdesk.notification.MemberNotifier;
import com.pointsdesk.sla.ServiceLevels;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing to the member while the case is open: an agent's own reply (a first human contact)
 * and PointsDesk's periodic progress message (定期跟进), which is only due when nobody wrote to the
 * member for the policy's number of working days.
 */
@Service
public class CaseContacts {

  private final Complaints complaints;
  private final CaseTimeline timeline;
  private final MemberNotifier notifier;
  private final ServiceLevels serviceLevels;
  private final Clock clock;

  CaseContacts(Complaints complaints, CaseTimeline timeline, MemberNotifier notifier,
      ServiceLevels serviceLevels, Clock clock) {
    this.complaints = complaints;
    this.timeline = timeline;
    this.notifier = notifier;
    this.serviceLevels = serviceLevels;
    this.clock = clock;
  }

  /**
   * Whether the member is owed a progress message: the case is open, was answered once, does not
   * wait on the member, and nobody wrote to them for SlaPolicy's number of working days.
   */
  public boolean progressUpdateDue(String caseNumber) {
    Complaint c = complaint(caseNumber);
    int everyWorkingDays = c.routing().progressUpdateWorkingDays();
    OffsetDateTime lastContact = latest(c.firstRespondedAt(), c.lastContactedAt());
    return c.status().isOpen() && lastContact != null && c.clockPausedAt() == null
        && !serviceLevels.plusWorkingDays(lastContact, everyWorkingDays)
            .isAfter(OffsetDateTime.now(clock));
  }

  public void sendProgressUpdate(String caseNumber) {
    Complaint c = complaint(caseNumber);
    OffsetDateTime now = OffsetDateTime.now(clock);
    notifier.progressUpdate(c.asMemberCase(), c.status().name(), now);
    complaints.markContacted(caseNumber, now);
    timeline.record(caseNumber, "PROGRESS_UPDATE_SENT", "Still " + c.status()
        + "; resolution due " + c.dueDates().resolutionDueAt());
  }

  /**
   * An agent writes to the member (mail on the case, and on the member's social channel); the
   * first such reply is a first response. One transaction: the mail and the record of it.
   */
  @Transactional
  public void agentReply(String caseNumber, String agent, String text) {
    Complaint c = complaints.lock(caseNumber).orElseThrow(() -> new IllegalArgumentException(
        "Unknown case " + caseNumber));
    String cleaned = SensitiveText.clean(text).text();
    OffsetDateTime now = OffsetDateTime.now(clock);
    notifier.agentReply(c.asMemberCase(), cleaned, UUID.randomUUID().toString());
    complaints.markContacted(caseNumber, now);
    timeline.record(caseNumber, "AGENT_REPLY", agent + ": " + abbreviated(cleaned));
  }

  private Complaint complaint(String caseNumber) {
    return complaints.find(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No complaint " + caseNumber));
  }

  private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static String abbreviated(String text) {
    return text.length() <= 900 ? text : text.substring(0, 900) + "…";
  }
}
