package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.Complaints;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** 客服响应迟缓: earlier cases of the member whose first response came after its due time. */
@Component
class SlowServiceCheck implements EvidenceCheck {

  private final Complaints complaints;
  private final Clock clock;

  SlowServiceCheck(Complaints complaints, Clock clock) {
    this.complaints = complaints;
    this.clock = clock;
  }

  @Override
  public Category category() {
    return Category.SLOW_SERVICE;
  }

  @Override
  public Findings check(Complaint complaint) {
    List<Complaint> earlier = complaints.ofMember(complaint.memberId()).stream()
        .filter(c -> !c.caseNumber().equals(complaint.caseNumber()))
        .filter(c -> c.receivedAt().isBefore(complaint.receivedAt())).toList();
    if (earlier.isEmpty()) {
      return Findings.inconclusive("No earlier contact of this member is on record; the chat "
          + "log with customer service is needed.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Late> late = earlier.stream()
        .map(c -> new Late(c, lateness(c, now)))
        .filter(l -> !l.by().isNegative() && !l.by().isZero()).toList();
    if (late.isEmpty()) {
      return Findings.notVerified("All " + earlier.size()
          + " earlier cases had their first response in time.");
    }
    Late worst = late.stream().max((a, b) -> a.by().compareTo(b.by())).orElseThrow();
    int delayDays = (int) Math.max(1, worst.by().toDays());
    return Findings.verified(0, delayDays, late.size() + " earlier case(s) answered late, worst "
        + worst.complaint().caseNumber() + " by " + worst.by().toHours() + " hours.", List.of(),
        null);
  }

  private static Duration lateness(Complaint c, OffsetDateTime now) {
    OffsetDateTime answered = c.firstRespondedAt() != null ? c.firstRespondedAt() : now;
    return Duration.between(c.dueDates().firstResponseDueAt(), answered);
  }

  private record Late(Complaint complaint, Duration by) {}
}
