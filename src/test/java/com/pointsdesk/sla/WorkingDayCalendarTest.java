package com.pointsdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The 2026 mainland calendar of DESIGN.md "Service levels", read from the migrated table. */
@ExtendWith(OutputCaptureExtension.class)
class WorkingDayCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final TimeZone JVM_DEFAULT = TimeZone.getDefault();

  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void migrateCalendar() {
    calendar = new WorkingDayCalendar(CalendarDatabase.migrated());
  }

  @AfterEach
  void restoreDefaultTimeZone() {
    TimeZone.setDefault(JVM_DEFAULT);
  }

  @Test
  void designWorkedExampleSevenWorkingDaysAfterTheEveOfNationalDayIsThursdayOctober15() {
    // Given a complaint received on Wednesday 2026-09-30 10:00 in Shanghai
    ZonedDateTime received = ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, SHANGHAI);

    // When
    ZonedDateTime due = calendar.plusWorkingDays(received, 7);

    // Then Oct 8, 9, 10 (make-up Saturday), 12, 13, 14, 15 were counted
    assertThat(due).isEqualTo(ZonedDateTime.of(2026, 10, 15, 10, 0, 0, 0, SHANGHAI));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
  }

  @ParameterizedTest(name = "[{index}] {0} + {1} working days = {2}")
  @CsvSource(textBlock = """
      2026-09-30, 1, 2026-10-08
      2026-09-30, 3, 2026-10-10
      2026-09-30, 4, 2026-10-12
      2026-09-24, 1, 2026-09-28
      2026-02-13, 1, 2026-02-14
      2026-02-13, 2, 2026-02-24
      2026-02-27, 1, 2026-02-28
      2026-02-27, 2, 2026-03-02
      2025-12-31, 1, 2026-01-04
      2026-04-30, 1, 2026-05-06
      2026-12-31, 1, 2027-01-01
      2026-12-31, 2, 2027-01-04
      """)
  void countsOnlyWorkingDays(LocalDate from, int workingDays, LocalDate expected) {
    // Given
    ZonedDateTime start = from.atTime(9, 30).atZone(SHANGHAI);

    // When
    ZonedDateTime due = calendar.plusWorkingDays(start, workingDays);

    // Then the same time of day on the expected date
    assertThat(due).isEqualTo(expected.atTime(9, 30).atZone(SHANGHAI));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
      "2026-10-10"})
  void weekendMakeUpDaysAreWorkingDays(LocalDate makeUpDay) {
    assertThat(makeUpDay.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(calendar.isWorkingDay(makeUpDay)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-23", "2026-04-06",
      "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-07"})
  void statutoryHolidaysAreNotWorkingDaysEvenOnWeekdays(LocalDate holiday) {
    assertThat(calendar.isWorkingDay(holiday)).isFalse();
  }

  @Test
  void theWholeSpringFestivalIsSkipped() {
    // Given
    LocalDate day = LocalDate.of(2026, 2, 15);

    // Then every day from Feb 15 to Feb 23 is a holiday, and Feb 24 is a working day again
    while (!day.isAfter(LocalDate.of(2026, 2, 23))) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
      day = day.plusDays(1);
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0} is a working day: {1}")
  @CsvSource(textBlock = """
      2026-11-18, true
      2026-11-21, false
      2026-11-22, false
      """)
  void ordinaryDaysFollowMondayToFriday(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @ParameterizedTest(name = "[{index}] {0} is a working day: {1}")
  @CsvSource(textBlock = """
      2027-01-01, true
      2027-01-02, false
      2027-01-03, false
      2027-02-10, true
      2027-10-01, true
      """)
  void aYearNotInTheTableFallsBackToMondayToFriday(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void theFallbackIsLogged(CapturedOutput output) {
    // Given a calendar that has not been asked about 2028 yet
    WorkingDayCalendar fresh = new WorkingDayCalendar(CalendarDatabase.migrated());

    // When
    fresh.isWorkingDay(LocalDate.of(2028, 3, 1));

    // Then
    assertThat(output).contains("No working-day calendar for 2028");
  }

  @ParameterizedTest(name = "[{index}] JVM default {0}")
  @ValueSource(strings = {"America/New_York", "UTC", "Pacific/Kiritimati", "Asia/Shanghai"})
  void resultsDoNotDependOnTheJvmDefaultTimeZone(String jvmZone) {
    // Given the JVM runs in another zone than business time, and the calendar is read under it
    TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
    WorkingDayCalendar underOtherZone = new WorkingDayCalendar(CalendarDatabase.migrated());

    // When
    ZonedDateTime due = underOtherZone.plusWorkingDays(
        ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, SHANGHAI), 7);

    // Then
    assertThat(due).isEqualTo(ZonedDateTime.of(2026, 10, 15, 10, 0, 0, 0, SHANGHAI));
    assertThat(underOtherZone.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(underOtherZone.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0} to {1}: {2} of working time")
  @CsvSource(textBlock = """
      2026-11-20T16:00, 2026-11-23T10:00, PT18H
      2026-11-18T09:00, 2026-11-18T17:30, PT8H30M
      2026-11-21T09:00, 2026-11-22T20:00, PT0S
      2026-02-13T12:00, 2026-02-24T12:00, PT48H
      2026-09-30T10:00, 2026-10-08T10:00, PT24H
      """)
  void workingTimeCountsOnlyTheHoursOfWorkingDays(LocalDateTime from, LocalDateTime to,
      Duration expected) {
    // Given a pause from Friday 16:00 to Monday 10:00, or over Spring Festival with its Saturday
    ZonedDateTime pausedAt = from.atZone(SHANGHAI);
    ZonedDateTime resumedAt = to.atZone(SHANGHAI);

    // When
    Duration counted = calendar.workingTimeBetween(pausedAt, resumedAt);

    // Then
    assertThat(counted).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} + {1} of working time = {2}")
  @CsvSource(textBlock = """
      2026-11-20T16:00, PT18H, 2026-11-23T10:00
      2026-11-20T10:00, PT24H, 2026-11-23T10:00
      2026-02-13T12:00, PT36H, 2026-02-15T00:00
      2026-09-30T10:00, PT168H, 2026-10-15T10:00
      2026-12-31T10:00, PT24H, 2027-01-01T10:00
      """)
  void aClockMovedByWorkingTimeSkipsNonWorkingDays(LocalDateTime from, Duration workingTime,
      LocalDateTime expected) {
    // When
    ZonedDateTime moved = calendar.plusWorkingTime(from.atZone(SHANGHAI), workingTime);

    // Then it lands where the same working time, counted back, says it does
    assertThat(moved).isEqualTo(expected.atZone(SHANGHAI));
    assertThat(calendar.workingTimeBetween(from.atZone(SHANGHAI), moved)).isEqualTo(workingTime);
  }
}
