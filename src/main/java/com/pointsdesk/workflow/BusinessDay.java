package com.pointsdesk.workflow;

import com.pointsdesk.system.BusinessTime;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Today in business time (Asia/Shanghai, whatever the JVM's zone), for the Tasklist filters'
 * expressions ({@code ${businessDay.startOfToday()}}): Camunda's own {@code dateTime()} counts
 * days in the JVM's default zone.
 */
@Component("businessDay")
public class BusinessDay {

  public Date startOfToday() {
    return Date.from(today().atStartOfDay(BusinessTime.ZONE).toInstant());
  }

  public Date startOfTomorrow() {
    return Date.from(today().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
  }

  private static LocalDate today() {
    return ClockUtil.now().toInstant().atZone(BusinessTime.ZONE).toLocalDate();
  }
}
