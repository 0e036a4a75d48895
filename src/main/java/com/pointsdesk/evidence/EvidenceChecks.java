package com.pointsdesk.evidence;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Runs the category's check on a case and keeps its findings. */
@Service
public class EvidenceChecks {

  private final Map<Category, EvidenceCheck> checks = new EnumMap<>(Category.class);
  private final CaseFindings findings;
  private final CaseProgress progress;
  private final Clock clock;

  EvidenceChecks(List<EvidenceCheck> checks, CaseFindings findings, CaseProgress progress,
      Clock clock) {
    checks.forEach(check -> this.checks.put(check.category(), check));
    for (Category category : Category.values()) {
      if (!this.checks.containsKey(category)) {
        throw new IllegalStateException("No evidence check for category " + category);
      }
    }
    this.findings = findings;
    this.progress = progress;
    this.clock = clock;
  }

  /** What the category's check still needs of the files sent so far; empty when nothing. */
  Set<EvidenceKind> missingEvidence(Category category, Set<EvidenceKind> sent) {
    Set<EvidenceKind> missing = EnumSet.noneOf(EvidenceKind.class);
    missing.addAll(checks.get(category).requiredEvidence());
    missing.removeAll(sent);
    return missing;
  }

  public Findings check(String caseNumber) {
    Complaint complaint = progress.complaint(caseNumber);
    if (complaint.status() == ComplaintStatus.AWAITING_EVIDENCE) {
      // the SLA clock was resumed when the wait ended (Task_AwaitEvidence's listener)
      progress.moveTo(caseNumber, ComplaintStatus.RECEIVED, "Evidence arrived; checking again");
    }
    Findings result = checks.get(complaint.category()).check(complaint);
    findings.save(caseNumber, result, OffsetDateTime.now(clock));
    progress.note(caseNumber, "EVIDENCE_CHECKED", result.verdict() + ": " + result.summary());
    return result;
  }
}
