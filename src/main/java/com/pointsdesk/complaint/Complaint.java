package com.pointsdesk.complaint;

import com.pointsdesk.notification.MemberCase;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A complaint case: the member's claim (already cleaned of secrets) and its SLA clock, which is
 * paused ({@code clockPausedAt}) while the case waits on the member.
 */
public record Complaint(
    String caseNumber,
    String memberId,
    Category category,
    ComplaintStatus status,
    Priority priority,
    String summary,
    String description,
    OffsetDateTime occurredAt,
    String orderId,
    Integer pointsClaimed,
    List<Demand> demands,
    boolean publicPost,
    boolean externalEscalation,
    String externalRef,
    OffsetDateTime receivedAt,
    DueDates dueDates,
    OffsetDateTime firstRespondedAt,
    OffsetDateTime closedAt,
    String processInstanceId,
    OffsetDateTime clockPausedAt) {

  /** When the claimed problem happened; the receipt time when the member did not say. */
  public OffsetDateTime occurredOrReceivedAt() {
    return occurredAt != null ? occurredAt : receivedAt;
  }

  /** What a mail to the member says about this case. */
  public MemberCase asMemberCase() {
    return new MemberCase(caseNumber, memberId, category.name(), summary, receivedAt,
        dueDates.firstResponseDueAt(), dueDates.resolutionDueAt());
  }
}
