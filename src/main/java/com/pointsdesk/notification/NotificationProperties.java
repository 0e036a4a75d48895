package com.pointsdesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("pointsdesk.notification")
record NotificationProperties(String from, Duration relayInterval, int maxAttempts,
    String supervisors) {

  NotificationProperties {
    from = from == null ? "PointsDesk <care@pointsdesk.example>" : from;
    relayInterval = relayInterval == null ? Duration.ofSeconds(2) : relayInterval;
    maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
    supervisors = supervisors == null ? "supervisors@pointsdesk.example" : supervisors;
  }
}
