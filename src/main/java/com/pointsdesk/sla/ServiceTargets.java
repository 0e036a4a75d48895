package com.pointsdesk.sla;

import java.time.Duration;

/**
 * What SlaPolicy.dmn promises a case: the first response within calendar hours, resolution and
 * external escalation within working days, a progress message every few working days, and who
 * answers first (senior agents for public posts and external referrals).
 */
public record ServiceTargets(Duration firstResponse, int resolutionWorkingDays,
    int escalationWorkingDays, int progressUpdateWorkingDays, String responderGroup) {

  public ServiceTargets {
    if (firstResponse.isNegative() || firstResponse.isZero() || resolutionWorkingDays <= 0
        || escalationWorkingDays < resolutionWorkingDays || progressUpdateWorkingDays <= 0) {
      throw new IllegalArgumentException("SlaPolicy gave impossible targets: " + firstResponse
          + ", " + resolutionWorkingDays + ", " + escalationWorkingDays + ", "
          + progressUpdateWorkingDays);
    }
  }
}
