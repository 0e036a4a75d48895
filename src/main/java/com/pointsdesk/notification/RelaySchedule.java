package com.pointsdesk.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox relay; tests that drive the relay themselves switch it off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "pointsdesk.notification.relay-enabled", havingValue = "true",
    matchIfMissing = true)
class RelaySchedule {}
