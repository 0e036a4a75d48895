package com.pointsdesk.complaint;

import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Status changes of a case, each with its timeline entry, called by the process steps. */
@Service
public class CaseProgress {

  private final Complaints complaints;
  private final CaseTimeline timeline;
  private final ServiceLevels serviceLevels;
  private final Clock clock;

  CaseProgress(Complaints complaints, CaseTimeline timeline, ServiceLevels serviceLevels,
      Clock clock) {
    this.complaints = complaints;
    this.timeline = timeline;
    this.serviceLevels = serviceLevels;
    this.clock = clock;
  }

  public Complaint complaint(String caseNumber) {
    return complaints.find(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No complaint " + caseNumber));
  }

  public void moveTo(String caseNumber, ComplaintStatus status, String detail) {
    if (complaints.updateStatus(caseNumber, status)) { // else a retried step: nothing new
      timeline.record(caseNumber, status.name(), detail);
    }
  }

  /** Ends the case; the first response counts as given if it had not been yet. */
  public void close(String caseNumber, ComplaintStatus outcome, String detail) {
    if (outcome.isOpen()) {
      throw new IllegalArgumentException(outcome + " does not close a case");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (complaints.close(caseNumber, outcome, now)) { // else closed so already
      timeline.record(caseNumber, outcome.name(), detail);
    }
  }

  /** A person or a decision answered the member (not the automatic acknowledgement). */
  public void responded(String caseNumber) {
    complaints.markFirstResponse(caseNumber, OffsetDateTime.now(clock));
  }

  /** The case now waits on the member: its SLA clock stops. */
  public void pauseClock(String caseNumber) {
    if (complaint(caseNumber).clockPausedAt() == null) {
      complaints.pauseClock(caseNumber, OffsetDateTime.now(clock));
      timeline.record(caseNumber, "SLA_PAUSED", "Waiting for the member");
    }
  }

  /**
   * The member answered (or the wait ended): the due dates move by exactly the time each clock
   * would have counted while paused. Returns the case with its moved dates, for the process's
   * timers to follow; empty when the clock was not paused.
   */
  public Optional<Complaint> resumeClock(String caseNumber) {
    Complaint complaint = complaint(caseNumber);
    if (complaint.clockPausedAt() == null) {
      return Optional.empty();
    }
    DueDates moved = serviceLevels.afterPause(complaint.dueDates(), complaint.clockPausedAt(),
        OffsetDateTime.now(clock), complaint.firstRespondedAt() != null);
    complaints.resumeClock(caseNumber, moved);
    timeline.record(caseNumber, "SLA_RESUMED", "First response now due "
        + moved.firstResponseDueAt() + ", resolution " + moved.resolutionDueAt()
        + ", escalation " + moved.escalationDueAt());
    return Optional.of(complaint.withDueDates(moved));
  }

  public void note(String caseNumber, String event, String detail) {
    timeline.record(caseNumber, event, detail);
  }
}
