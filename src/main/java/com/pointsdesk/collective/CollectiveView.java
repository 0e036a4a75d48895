package com.pointsdesk.collective;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/collective-cases/{collectiveCase}}: what a supervisor decides over. */
record CollectiveView(
    String collectiveCase,
    String status,
    SubjectView subject,
    OffsetDateTime openedAt,
    String openedBy,
    List<LinkedCaseView> cases,
    List<AffectedMember> affectedMembers,
    DecisionView decision,
    String correctiveAction,
    Map<String, Long> offers) {

  /** The supervisor's decision, null until it is taken. */
  record DecisionView(String remedy, List<String> alternatives, int compensationPoints,
      OffsetDateTime answerBy, String decidedBy, OffsetDateTime decidedAt) {}

  /** {@code name} is the gift's or the rule change's title, null for an expiry batch. */
  record SubjectView(SubjectKind kind, String ref, String name) {}

  record LinkedCaseView(String caseNumber, String memberId, String status,
      OffsetDateTime linkedAt, String linkedBy) {}

  /**
   * A member the remedy is for: for a gift, everyone still owed it ({@code orders}), whether they
   * complained or not ({@code caseNumber} null); otherwise the members of the linked cases.
   */
  record AffectedMember(String memberId, List<String> orders, String caseNumber) {}
}
