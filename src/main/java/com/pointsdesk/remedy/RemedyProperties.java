package com.pointsdesk.remedy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Hard ceilings on what an agent may type into the review form (operator-owned). Whether a remedy
 * needs a senior agent's approval is the analysts' decision in RemedyPolicy.dmn, not set here.
 */
@ConfigurationProperties("pointsdesk.remedy")
public record RemedyProperties(int maxRestorePoints, int maxCompensationPoints) {

  public RemedyProperties {
    maxRestorePoints = maxRestorePoints <= 0 ? 100_000 : maxRestorePoints;
    maxCompensationPoints = maxCompensationPoints <= 0 ? 5_000 : maxCompensationPoints;
  }
}
