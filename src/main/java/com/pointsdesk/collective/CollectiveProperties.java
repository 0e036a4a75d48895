package com.pointsdesk.collective;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings for collective complaints: a collective case is opened when
 * {@code threshold} open cases about one subject have arrived within {@code window}.
 */
@ConfigurationProperties("pointsdesk.collective")
record CollectiveProperties(int threshold, Duration window) {

  CollectiveProperties {
    threshold = threshold <= 0 ? 3 : threshold;
    window = window == null || window.isNegative() || window.isZero() ? Duration.ofDays(30)
        : window;
  }
}
