package com.pointsdesk.sla;

import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** Due dates of a case and which of them it has missed, in Asia/Shanghai business time. */
@Service
@EnableConfigurationProperties(SlaProperties.class)
public class ServiceLevels {

  private final WorkingDayCalendar calendar;
  private final SlaProperties properties;

  ServiceLevels(WorkingDayCalendar calendar, SlaProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  public DueDates dueDates(OffsetDateTime receivedAt) {
    ZonedDateTime received = receivedAt.atZoneSameInstant(BusinessTime.ZONE);
    return new DueDates(
        received.plus(properties.firstResponse()).toOffsetDateTime(),
        calendar.plusWorkingDays(received, properties.resolutionWorkingDays()).toOffsetDateTime(),
        calendar.plusWorkingDays(received, properties.escalationWorkingDays()).toOffsetDateTime());
  }

  /**
   * Due dates after the case waited on the member from {@code pausedAt} to {@code resumedAt}:
   * resolution and escalation move by the working days that passed; the first response is not
   * affected (asking for evidence is a response).
   */
  public DueDates afterPause(DueDates due, OffsetDateTime pausedAt, OffsetDateTime resumedAt) {
    int waited = calendar.workingDaysBetween(pausedAt.atZoneSameInstant(BusinessTime.ZONE),
        resumedAt.atZoneSameInstant(BusinessTime.ZONE));
    if (waited == 0) {
      return due;
    }
    return new DueDates(due.firstResponseDueAt(), moved(due.resolutionDueAt(), waited),
        moved(due.escalationDueAt(), waited));
  }

  private OffsetDateTime moved(OffsetDateTime due, int workingDays) {
    return calendar.plusWorkingDays(due.atZoneSameInstant(BusinessTime.ZONE), workingDays)
        .toOffsetDateTime();
  }

  /**
   * The service levels a case has missed by {@code now}: a deadline counts as missed when the
   * thing it waits for happened after it, or has not happened and the deadline has passed.
   */
  public List<Breach> breaches(DueDates due, OffsetDateTime firstRespondedAt,
      OffsetDateTime closedAt, OffsetDateTime now) {
    List<Breach> breaches = new ArrayList<>();
    if (missed(due.firstResponseDueAt(), firstRespondedAt, now)) {
      breaches.add(Breach.FIRST_RESPONSE);
    }
    if (missed(due.resolutionDueAt(), closedAt, now)) {
      breaches.add(Breach.RESOLUTION);
    }
    if (missed(due.escalationDueAt(), closedAt, now)) {
      breaches.add(Breach.ESCALATION);
    }
    return breaches;
  }

  private static boolean missed(OffsetDateTime due, OffsetDateTime doneAt, OffsetDateTime now) {
    return doneAt != null ? doneAt.isAfter(due) : now.isAfter(due);
  }

  public record DueDates(OffsetDateTime firstResponseDueAt, OffsetDateTime resolutionDueAt,
      OffsetDateTime escalationDueAt) {}

  public enum Breach {
    FIRST_RESPONSE, RESOLUTION, ESCALATION
  }
}
