package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.evidence.CaseFindings;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real {@link RemedyReview} and {@link RemedyApprovals} (validation, four eyes, the policy's
 * record, the settled remedy) over one set of decisions kept in memory instead of
 * {@code pd_remedy_decision}, for process tests outside this package.
 */
public final class RemedyReviews {

  /** The review and approval services sharing one in-memory decision record. */
  public record Desk(RemedyReview review, RemedyApprovals approvals) {}

  private RemedyReviews() {}

  public static Desk inMemory(CaseProgress progress, CaseFindings findings,
      ReviewBriefing briefing, Clock clock) {
    InMemoryDecisions decisions = new InMemoryDecisions(clock);
    return new Desk(
        new RemedyReview(decisions, progress, findings, briefing, new RemedyProperties(0, 0)),
        new RemedyApprovals(decisions, progress, briefing));
  }

  private static final class InMemoryDecisions extends RemedyDecisions {

    private final Map<String, List<Decision>> byCase = new HashMap<>();
    private final Clock clock;

    InMemoryDecisions(Clock clock) {
      super(null, clock);
      this.clock = clock;
    }

    @Override
    void record(String caseNumber, Step step, String decidedBy, String decision,
        RemedyProposal remedy, String reason) {
      byCase.computeIfAbsent(caseNumber, c -> new ArrayList<>())
          .add(new Decision(step, decidedBy, decision, remedy, reason, OffsetDateTime.now(clock)));
    }

    @Override
    List<Decision> of(String caseNumber) {
      return List.copyOf(byCase.getOrDefault(caseNumber, List.of()));
    }
  }
}
