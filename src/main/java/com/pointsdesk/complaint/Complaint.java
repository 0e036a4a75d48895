package com.pointsdesk.complaint;

import com.pointsdesk.notification.MemberCase;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import com.pointsdesk.sla.ServiceTargets;
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
    OffsetDateTime clockPausedAt,
    OffsetDateTime lastContactedAt,
    ServiceTargets.Routing routing) {

  /**
   * A new case as intake opens it: RECEIVED, not yet responded to, closed or paused, and no
   * process or due dates yet (SlaPolicy.dmn gives them when the process starts). A public post or
   * an external channel (a regulator, a third-party platform) makes it HIGH priority and an
   * external escalation from the start.
   */
  public static Complaint received(String caseNumber, String memberId, Category category,
      Channel channel, boolean publicPost, FreeTexts texts, Claim claim,
      OffsetDateTime receivedAt) {
    boolean external = channel.isExternal() || publicPost;
    return new Complaint(caseNumber, memberId, category, ComplaintStatus.RECEIVED,
        publicPost || external ? Priority.HIGH : Priority.NORMAL, texts.summary(),
        texts.description(), claim.occurredAt(), claim.orderId(), claim.pointsClaimed(),
        claim.demands(), publicPost, external, texts.externalRef(), receivedAt, null, null,
        null, null, null, null, ServiceTargets.Routing.DEFAULT);
  }

  /** The same case with the due dates its SLA policy gave. */
  public Complaint withDueDates(DueDates due) {
    return new Complaint(caseNumber, memberId, category, status, priority, summary, description,
        occurredAt, orderId, pointsClaimed, demands, publicPost, externalEscalation, externalRef,
        receivedAt, due, firstRespondedAt, closedAt, processInstanceId, clockPausedAt,
        lastContactedAt, routing);
  }

  /** The same case under SlaPolicy's targets: its due dates from receipt, who answers, how often. */
  public Complaint underPolicy(ServiceTargets targets, DueDates due) {
    return new Complaint(caseNumber, memberId, category, status, priority, summary, description,
        occurredAt, orderId, pointsClaimed, demands, publicPost, externalEscalation, externalRef,
        receivedAt, due, firstRespondedAt, closedAt, processInstanceId, clockPausedAt,
        lastContactedAt, targets.routing());
  }

  /** When the claimed problem happened; the receipt time when the member did not say. */
  public OffsetDateTime occurredOrReceivedAt() {
    return occurredAt != null ? occurredAt : receivedAt;
  }

  /** What a mail to the member says about this case. */
  public MemberCase asMemberCase() {
    return new MemberCase(caseNumber, memberId, category.name(), summary, receivedAt,
        dueDates.firstResponseDueAt(), dueDates.resolutionDueAt());
  }

  /** The free texts of a complaint, already cleaned of secrets ({@link SensitiveText}). */
  public record FreeTexts(String summary, String description, String externalRef) {

    /** A complaint that says no more than its summary. */
    public static FreeTexts summary(String summary) {
      return new FreeTexts(summary, null, null);
    }
  }

  /** What the claim names: when it happened, which order, how many points, what it asks for. */
  public record Claim(OffsetDateTime occurredAt, String orderId, Integer pointsClaimed,
      List<Demand> demands) {

    /** A claim that names no time, order, points or demands. */
    public static Claim none() {
      return new Claim(null, null, null, List.of());
    }
  }
}
