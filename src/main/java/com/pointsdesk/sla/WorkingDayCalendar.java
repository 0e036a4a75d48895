package com.pointsdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mainland-China working-day calendar: statutory holidays and weekend make-up working days
 * (调休) come from {@code pd_calendar_day}, not from code. A year that is not in the table yet
 * falls back to Monday-Friday, and says so in the log once per year.
 */
@Component
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final JdbcClient jdbc;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  private volatile Calendar calendar;

  WorkingDayCalendar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isWorkingDay(LocalDate day) {
    Calendar known = calendar();
    if (!known.years().contains(day.getYear())) {
      if (warnedYears.add(day.getYear())) {
        log.warn("No working-day calendar for {}: falling back to Monday-Friday", day.getYear());
      }
      return isWeekday(day);
    }
    Boolean override = known.overrides().get(day);
    return override != null ? override : isWeekday(day);
  }

  /**
   * The same time of day on the n-th working day after the given moment. Worked example of
   * DESIGN.md: Wednesday 2026-09-30 10:00 plus 7 working days is Thursday 2026-10-15 10:00.
   */
  public ZonedDateTime plusWorkingDays(ZonedDateTime from, int workingDays) {
    LocalDate day = from.toLocalDate();
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return from.with(day);
  }

  /** Working days after {@code from}'s date up to and including {@code to}'s date. */
  public int workingDaysBetween(ZonedDateTime from, ZonedDateTime to) {
    int count = 0;
    for (LocalDate day = from.toLocalDate().plusDays(1); !day.isAfter(to.toLocalDate());
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The time between two moments that fell on working days: what a working-day clock counted
   * meanwhile. Paused Friday 16:00 to Monday 10:00 is 8 + 10 = 18 hours.
   */
  public Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to) {
    Duration counted = Duration.ZERO;
    ZonedDateTime cursor = from;
    while (cursor.isBefore(to)) {
      ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(cursor.getZone());
      ZonedDateTime end = nextMidnight.isBefore(to) ? nextMidnight : to;
      if (isWorkingDay(cursor.toLocalDate())) {
        counted = counted.plus(Duration.between(cursor, end));
      }
      cursor = end;
    }
    return counted;
  }

  /**
   * The moment a working-day clock reaches after running {@code workingTime} more from
   * {@code from}: non-working days are skipped. The inverse of {@link #workingTimeBetween}.
   */
  public ZonedDateTime plusWorkingTime(ZonedDateTime from, Duration workingTime) {
    Duration left = workingTime;
    ZonedDateTime cursor = from;
    while (!left.isNegative() && !left.isZero()) {
      ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(cursor.getZone());
      if (isWorkingDay(cursor.toLocalDate())) {
        Duration today = Duration.between(cursor, nextMidnight);
        if (left.compareTo(today) <= 0) {
          return cursor.plus(left);
        }
        left = left.minus(today);
      }
      cursor = nextMidnight;
    }
    return cursor;
  }

  private Calendar calendar() {
    Calendar current = calendar;
    if (current == null) {
      Set<Integer> years = Set.copyOf(jdbc.sql("SELECT calendar_year FROM pd_calendar_year")
          .query(Integer.class).list());
      Map<LocalDate, Boolean> overrides = jdbc.sql("SELECT calendar_date, kind FROM pd_calendar_day")
          .query((rs, i) -> Map.entry(rs.getObject("calendar_date", LocalDate.class),
              "WORKDAY".equals(rs.getString("kind"))))
          .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
              Map.Entry::getValue));
      current = new Calendar(years, overrides);
      calendar = current;
    }
    return current;
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private record Calendar(Set<Integer> years, Map<LocalDate, Boolean> overrides) {}
}
