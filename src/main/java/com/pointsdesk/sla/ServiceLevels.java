package com.pointsdesk.sla;

import com.pointsdesk.system.BusinessTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;

/** Due dates of a case and which of them it has missed, in Asia/Shanghai business time. */
@Service
public class ServiceLevels {

  private final WorkingDayCalendar calendar;

  ServiceLevels(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The due dates of a case received at {@code receivedAt} under the policy's targets. */
  public DueDates dueDates(OffsetDateTime receivedAt, ServiceTargets targets) {
    ZonedDateTime received = receivedAt.atZoneSameInstant(BusinessTime.ZONE);
    return new DueDates(
        received.plus(targets.firstResponse()).toOffsetDateTime(),
        calendar.plusWorkingDays(received, targets.resolutionWorkingDays()).toOffsetDateTime(),
        calendar.plusWorkingDays(received, targets.escalationWorkingDays()).toOffsetDateTime());
  }

  /**
   * Due dates after the case waited on the member from {@code pausedAt} to {@code resumedAt}:
   * each clock moves by exactly the time it would have counted meanwhile. The first response
   * (calendar hours, unless already given) by the whole pause; resolution and escalation
   * (working days) by the working time in the pause.
   */
  public DueDates afterPause(DueDates due, OffsetDateTime pausedAt, OffsetDateTime resumedAt,
      boolean firstResponseGiven) {
    ZonedDateTime from = pausedAt.atZoneSameInstant(BusinessTime.ZONE);
    ZonedDateTime to = resumedAt.atZoneSameInstant(BusinessTime.ZONE);
    Duration working = calendar.workingTimeBetween(from, to);
    return new DueDates(
        firstResponseGiven ? due.firstResponseDueAt()
            : due.firstResponseDueAt().plus(Duration.between(from, to)),
        moved(due.resolutionDueAt(), working), moved(due.escalationDueAt(), working));
  }

  /**
   * A public post or an external channel joined the case at {@code now}: an unanswered case is
   * now due for its first response within the (possibly stricter) targets, counted from now.
   */
  public DueDates afterEscalation(DueDates due, ServiceTargets targets, OffsetDateTime now,
      boolean firstResponseGiven) {
    OffsetDateTime answerBy = now.plus(targets.firstResponse());
    if (firstResponseGiven || !answerBy.isBefore(due.firstResponseDueAt())) {
      return due;
    }
    return new DueDates(answerBy, due.resolutionDueAt(), due.escalationDueAt());
  }

  /** The Tasklist follow-up date (early warning) of a deadline: a quarter of its span ahead. */
  public OffsetDateTime earlyWarning(OffsetDateTime start, OffsetDateTime due) {
    Duration span = Duration.between(start, due);
    return span.isNegative() ? due : due.minus(span.dividedBy(4));
  }

  /** The moment {@code workingDays} working days after {@code from}, in business time. */
  public OffsetDateTime plusWorkingDays(OffsetDateTime from, int workingDays) {
    return calendar.plusWorkingDays(from.atZoneSameInstant(BusinessTime.ZONE), workingDays)
        .toOffsetDateTime();
  }

  private OffsetDateTime moved(OffsetDateTime due, Duration workingTime) {
    return calendar.plusWorkingTime(due.atZoneSameInstant(BusinessTime.ZONE), workingTime)
        .toOffsetDateTime();
  }

  public record DueDates(OffsetDateTime firstResponseDueAt, OffsetDateTime resolutionDueAt,
      OffsetDateTime escalationDueAt) {}

  public enum Breach {
    FIRST_RESPONSE, RESOLUTION, ESCALATION, EXTERNAL_ANSWER
  }
}
