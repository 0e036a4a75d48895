package com.pointsdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.sla.ServiceLevels.Breach;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates and breaches of the seed FAQ service levels (24 h, 5 and 7 working days). */
class ServiceLevelsTest {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  /** Wednesday 2026-09-30 10:00, the eve of National Day: the DESIGN worked example. */
  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 9, 30, 10, 0, 0, 0, CHINA);

  private static ServiceLevels serviceLevels;
  private static DueDates due;

  @BeforeAll
  static void migrateCalendar() {
    serviceLevels = new ServiceLevels(new WorkingDayCalendar(CalendarDatabase.migrated()),
        new SlaProperties(Duration.ofHours(24), 5, 7));
    due = serviceLevels.dueDates(RECEIVED);
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
    DueDates fromNewYork = serviceLevels.dueDates(receivedInNewYork);

    // Then the working days are counted from the Shanghai date, and expressed in +08:00
    assertThat(fromNewYork).isEqualTo(due);
    assertThat(fromNewYork.escalationDueAt().getOffset()).isEqualTo(CHINA);
  }

  @Test
  void anEarlyMondayComplaintCountsFromMondayAlthoughItIsStillSundayInNewYork() {
    // Given Monday 2026-11-23 07:00 in Shanghai (Sunday 18:00 in New York, the test JVM's zone)
    OffsetDateTime received = at("2026-11-23T07:00");

    // When
    DueDates dueDates = serviceLevels.dueDates(received);

    // Then Tue 24 .. Fri 27 and Mon 30 are the five working days
    assertThat(dueDates.resolutionDueAt()).isEqualTo(at("2026-11-30T07:00"));
    assertThat(dueDates.escalationDueAt()).isEqualTo(at("2026-12-02T07:00"));
  }

  @Test
  void waitingOnTheMemberMovesResolutionAndEscalationByTheWorkingDaysWaited() {
    // Given the case waited for evidence from Thursday 2026-10-08 09:00 to Monday 10-12 16:00:
    // Friday 9, the make-up Saturday 10 and Monday 12 passed, Sunday 11 does not count
    DueDates moved = serviceLevels.afterPause(due, at("2026-10-08T09:00"), at("2026-10-12T16:00"));

    // Then resolution and escalation move by those three working days, at the same time of day
    assertThat(moved.resolutionDueAt()).isEqualTo(at("2026-10-16T10:00"));
    assertThat(moved.escalationDueAt()).isEqualTo(at("2026-10-20T10:00"));
    assertThat(moved.firstResponseDueAt()).isEqualTo(due.firstResponseDueAt());
  }

  @Test
  void aWaitWithinOneDayOrOverTheHolidayMovesNothing() {
    assertThat(serviceLevels.afterPause(due, at("2026-10-08T09:00"), at("2026-10-08T17:00")))
        .isEqualTo(due);
    assertThat(serviceLevels.afterPause(due, at("2026-09-30T18:00"), at("2026-10-07T20:00")))
        .isEqualTo(due);
  }

  @ParameterizedTest(name = "[{index}] responded {0}, closed {1}, now {2} -> {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2026-09-30T16:00 | -                | 2026-10-01T09:00 | []
      -                | -                | 2026-10-01T10:00 | []
      2026-10-01T10:00 | -                | 2026-10-02T09:00 | []
      -                | -                | 2026-10-01T10:01 | [FIRST_RESPONSE]
      2026-10-01T11:00 | -                | 2026-10-02T09:00 | [FIRST_RESPONSE]
      2026-09-30T16:00 | 2026-10-13T10:00 | 2026-11-30T09:00 | []
      2026-09-30T16:00 | 2026-10-14T09:00 | 2026-11-30T09:00 | [RESOLUTION]
      2026-09-30T16:00 | -                | 2026-10-14T09:00 | [RESOLUTION]
      2026-09-30T16:00 | 2026-10-16T09:00 | 2026-11-30T09:00 | [RESOLUTION, ESCALATION]
      2026-09-30T16:00 | -                | 2026-10-15T10:01 | [RESOLUTION, ESCALATION]
      -                | -                | 2026-10-15T10:01 | [FIRST_RESPONSE, RESOLUTION, ESCALATION]
      """)
  void breaches(String respondedAt, String closedAt, String now, String expected) {
    // When
    List<Breach> breaches = serviceLevels.breaches(due, at(respondedAt), at(closedAt), at(now));

    // Then a deadline is missed when it was met late, or not met and already past
    assertThat(breaches.toString()).isEqualTo(expected);
  }

  private static OffsetDateTime at(String localDateTime) {
    return localDateTime == null ? null
        : OffsetDateTime.parse(localDateTime + ":00+08:00");
  }
}
