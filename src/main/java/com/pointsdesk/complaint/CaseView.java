package com.pointsdesk.complaint;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.pointsdesk.sla.ServiceLevels.Breach;
import java.time.OffsetDateTime;
import java.util.List;

/** The case view of {@code GET /api/v1/complaints/{caseNumber}} (DESIGN "Public API v1"). */
@JsonPropertyOrder({"caseNumber", "status", "memberId", "category", "channels", "priority",
    "receivedAt", "firstResponseDueAt", "resolutionDueAt", "escalationDueAt", "slaBreaches",
    "externalEscalation", "findings", "remedy", "merged", "collectiveCase", "timeline"})
public record CaseView(
    String caseNumber,
    ComplaintStatus status,
    String memberId,
    Category category,
    List<Channel> channels,
    Priority priority,
    OffsetDateTime receivedAt,
    OffsetDateTime firstResponseDueAt,
    OffsetDateTime resolutionDueAt,
    OffsetDateTime escalationDueAt,
    List<Breach> slaBreaches,
    boolean externalEscalation,
    Findings findings,
    Remedy remedy,
    boolean merged,
    // the collective case this case is part of (issue 8), null when none
    String collectiveCase,
    List<CaseTimeline.Event> timeline) {

  public CaseView asMerged() {
    return new CaseView(caseNumber, status, memberId, category, channels, priority, receivedAt,
        firstResponseDueAt, resolutionDueAt, escalationDueAt, slaBreaches, externalEscalation,
        findings, remedy, true, collectiveCase, timeline);
  }

  /** The latest automated check; {@code verified} is null while it is inconclusive. */
  public record Findings(Boolean verified, int unexplainedPoints, int delayDays) {}

  /** What has been paid out or granted so far. */
  public record Remedy(int restoredPoints, int compensationPoints, boolean giftReissued,
      boolean alternativeOffered) {}
}
