package com.pointsdesk.evidence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings for evidence: the upload size limit, and how long a member has to send
 * missing evidence (one reminder after {@code reminderAfter}, closed after {@code deadlineAfter}).
 */
@ConfigurationProperties("pointsdesk.evidence")
public record EvidenceProperties(long maxFileSizeBytes, Duration reminderAfter,
    Duration deadlineAfter, int ruleChangeNoticeDays) {

  public EvidenceProperties {
    maxFileSizeBytes = maxFileSizeBytes <= 0 ? 20L * 1024 * 1024 : maxFileSizeBytes;
    reminderAfter = reminderAfter == null ? Duration.ofDays(3) : reminderAfter;
    deadlineAfter = deadlineAfter == null ? Duration.ofDays(7) : deadlineAfter;
    ruleChangeNoticeDays = ruleChangeNoticeDays <= 0 ? 7 : ruleChangeNoticeDays;
    if (!reminderAfter.minus(deadlineAfter).isNegative()) {
      throw new IllegalArgumentException("The evidence reminder must come before the deadline");
    }
  }
}
