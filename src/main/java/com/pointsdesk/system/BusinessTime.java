package com.pointsdesk.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PointsDesk runs on Asia/Shanghai business time whatever the JVM default is. The clock reads the
 * engine's {@link ClockUtil}, so a test that moves engine time (timers, SLAs) moves business time
 * with it: one source of "now" for the ledger, the SLA clocks and the BPMN timers.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock businessClock() {
    return new EngineClock(ZONE);
  }

  static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.now().toInstant();
    }
  }
}
