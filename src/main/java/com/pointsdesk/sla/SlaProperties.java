package com.pointsdesk.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service levels of the seed FAQ: first response within 24 hours, resolution of complex cases in
 * 3-5 working days, escalation before the member may go to 12315 after 7 working days.
 */
@ConfigurationProperties("pointsdesk.sla")
public record SlaProperties(Duration firstResponse, int resolutionWorkingDays,
    int escalationWorkingDays) {

  public SlaProperties {
    firstResponse = firstResponse == null ? Duration.ofHours(24) : firstResponse;
    resolutionWorkingDays = resolutionWorkingDays <= 0 ? 5 : resolutionWorkingDays;
    escalationWorkingDays = escalationWorkingDays <= 0 ? 7 : escalationWorkingDays;
  }
}
