package com.pointsdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.sla.ServiceLevels.DueDates;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Due dates of the seed FAQ service levels (24 h, 5 and 7 working days) and how they move. */
class ServiceLevelsTest {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  /** Wednesday 2026-09-30 10:00, the eve of National Day: the DESIGN worked example. */
  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 9, 30, 10, 0, 0, 0, CHINA);

  /** SlaPolicy.dmn's default rule. */
  private static final ServiceTargets DEFAULTS =
      new ServiceTargets(Duration.ofHours(24), 5, 7, 2, "support-agents");

  private static ServiceLevels serviceLevels;
  private static DueDates due;

  @BeforeAll
  static void migrateCalendar() {
    serviceLevels = new ServiceLevels(new WorkingDayCalendar(CalendarDatabase.migrated()));
    due = serviceLevels.dueDates(RECEIVED, DEFAULTS);
  }

  @Test
  void firstResponseIsDue24HoursAfterReceiptEvenOnAHoliday() {
    assertThat(due.firstResponseDueAt()).isEqualTo(at("2026-10-01T10:00"));
  }

  @Test
  void resolutionIsDueAfterFiveWorkingDays() {
    // Oct 8, 9, 10 (make-up Saturday), 12, 13
    assertThat(due.resolutionDueAt()).isEqualTo(at("2026-10-13T10:00"));
  }

  @Test
  void escalationIsDueAfterSevenWorkingDays() {
    assertThat(due.escalationDueAt()).isEqualTo(at("2026-10-15T10:00"));
  }

  @Test
  void dueDatesAreInBusinessTimeWhateverTheOffsetOfReceipt() {
    // Given the same moment as seen from New York: still Tuesday 2026-09-29 there
    OffsetDateTime receivedInNewYork = OffsetDateTime.parse("2026-09-29T22:00:00-04:00");

    // When
    DueDates fromNewYork = serviceLevels.dueDates(receivedInNewYork, DEFAULTS);

    // Then the working days are counted from the Shanghai date, and expressed in +08:00
    assertThat(fromNewYork).isEqualTo(due);
    assertThat(fromNewYork.escalationDueAt().getOffset()).isEqualTo(CHINA);
  }

  @Test
  void anEarlyMondayComplaintCountsFromMondayAlthoughItIsStillSundayInNewYork() {
    // Given Monday 2026-11-23 07:00 in Shanghai (Sunday 18:00 in New York, the test JVM's zone)
    OffsetDateTime received = at("2026-11-23T07:00");

    // When
    DueDates dueDates = serviceLevels.dueDates(received, DEFAULTS);

    // Then Tue 24 .. Fri 27 and Mon 30 are the five working days
    assertThat(dueDates.resolutionDueAt()).isEqualTo(at("2026-11-30T07:00"));
    assertThat(dueDates.escalationDueAt()).isEqualTo(at("2026-12-02T07:00"));
  }

  @Test
  void waitingOnTheMemberMovesEachClockByExactlyTheTimeItWouldHaveCounted() {
    // Given the case waited for evidence from Thursday 2026-10-08 09:00 to Monday 10-12 16:00:
    // 15 h of Oct 8, Friday 9, the make-up Saturday 10 and 16 h of Monday 12 are working time
    // (79 h); Sunday 11 is not
    DueDates moved = serviceLevels.afterPause(due, at("2026-10-08T09:00"), at("2026-10-12T16:00"),
        false);

    // Then resolution and escalation move by those 79 working hours, skipping the weekend,
    // and the unanswered first response (calendar hours) by the whole 4 days 7 hours
    assertThat(moved.resolutionDueAt()).isEqualTo(at("2026-10-16T17:00"));
    assertThat(moved.escalationDueAt()).isEqualTo(at("2026-10-20T17:00"));
    assertThat(moved.firstResponseDueAt()).isEqualTo(at("2026-10-05T17:00"));
  }

  @Test
  void aWaitOverTheHolidayMovesNoWorkingDayClock() {
    DueDates moved = serviceLevels.afterPause(due, at("2026-10-01T09:00"), at("2026-10-07T20:00"),
        true);

    assertThat(moved).isEqualTo(due);
  }

  @Test
  void aPublicPostOnAnUnansweredCaseWantsAnAnswerWithinTheStricterTarget() {
    // Given a case received 09-30 10:00 (first response due 10-01 10:00), unanswered
    ServiceTargets senior = new ServiceTargets(Duration.ofHours(4), 5, 7, 2, "senior-agents");

    // When a public post joins it at 18:00 and the policy wants a senior answer in 4 h
    DueDates escalated = serviceLevels.afterEscalation(due, senior, at("2026-09-30T18:00"), false);

    // Then the first response is due at 22:00; an answered case keeps its dates
    assertThat(escalated.firstResponseDueAt()).isEqualTo(at("2026-09-30T22:00"));
    assertThat(escalated.resolutionDueAt()).isEqualTo(due.resolutionDueAt());
    assertThat(serviceLevels.afterEscalation(due, senior, at("2026-09-30T18:00"), true))
        .isEqualTo(due);
    assertThat(serviceLevels.afterEscalation(due, DEFAULTS, at("2026-09-30T18:00"), false))
        .isEqualTo(due);
  }

  @Test
  void theEarlyWarningComesWhenThreeQuartersOfTheSpanHavePassed() {
    assertThat(serviceLevels.earlyWarning(RECEIVED, due.firstResponseDueAt()))
        .isEqualTo(at("2026-10-01T04:00"));
  }

  private static OffsetDateTime at(String localDateTime) {
    return localDateTime == null ? null
        : OffsetDateTime.parse(localDateTime + ":00+08:00");
  }
}
