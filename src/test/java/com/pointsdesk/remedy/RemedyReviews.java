package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.evidence.CaseFindings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real {@link RemedyReview} (validation, four eyes, policy suggestion) whose decisions are kept
 * in memory instead of {@code pd_remedy_decision}, for process tests outside this package.
 */
public final class RemedyReviews {

  private RemedyReviews() {}

  public static RemedyReview inMemory(CaseProgress progress, CaseFindings findings) {
    return new RemedyReview(new InMemoryDecisions(), progress, findings,
        new RemedyProperties(0, 0));
  }

  private static final class InMemoryDecisions extends RemedyDecisions {

    private final Map<String, List<Decision>> byCase = new HashMap<>();

    InMemoryDecisions() {
      super(null, null);
    }

    @Override
    void record(String caseNumber, Step step, String decidedBy, String decision,
        RemedyProposal remedy, String reason) {
      byCase.computeIfAbsent(caseNumber, c -> new ArrayList<>())
          .add(new Decision(step, decidedBy, decision, remedy, reason, null));
    }

    @Override
    List<Decision> of(String caseNumber) {
      return List.copyOf(byCase.getOrDefault(caseNumber, List.of()));
    }
  }
}
