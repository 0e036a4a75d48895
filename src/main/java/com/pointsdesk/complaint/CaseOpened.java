package com.pointsdesk.complaint;

import java.time.OffsetDateTime;

/**
 * Published (synchronously, inside the intake's transaction) when a new case has been opened, so
 * features that react to new cases (collective complaints) commit with the case or not at all,
 * without this package knowing them.
 */
public record CaseOpened(String caseNumber, String memberId, Category category, String orderId,
    OffsetDateTime occurredOrReceivedAt, OffsetDateTime receivedAt) {}
