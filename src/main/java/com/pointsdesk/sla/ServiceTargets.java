package com.pointsdesk.sla;

import java.time.Duration;

/**
 * What SlaPolicy.dmn promises a case: the first response within calendar hours, resolution and
 * external escalation within working days, a progress message every few working days, and who
 * answers first (senior agents for public posts and external referrals).
 */
public record ServiceTargets(Duration firstResponse, int resolutionWorkingDays,
    int escalationWorkingDays, int progressUpdateWorkingDays, String responderGroup) {

  /** Who answers the case first, and how often the member hears from us while it is open. */
  public Routing routing() {
    return new Routing(responderGroup, progressUpdateWorkingDays);
  }

  /** The part of the policy kept on the case's record for later steps. */
  public record Routing(String responderGroup, int progressUpdateWorkingDays) {

    /** Cases filed before the policy existed: support agents, an update every 2 working days. */
    public static final Routing DEFAULT = new Routing("support-agents", 2);
  }

  public ServiceTargets {
    if (firstResponse.isNegative() || firstResponse.isZero() || resolutionWorkingDays <= 0
        || escalationWorkingDays < resolutionWorkingDays || progressUpdateWorkingDays <= 0) {
      throw new IllegalArgumentException("SlaPolicy gave impossible targets: " + firstResponse
          + ", " + resolutionWorkingDays + ", " + escalationWorkingDays + ", "
          + progressUpdateWorkingDays);
    }
  }
}
