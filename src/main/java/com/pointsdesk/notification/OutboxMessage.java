package com.pointsdesk.notification;

import java.time.OffsetDateTime;

/** A queued member notification (columns of {@code pd_outbox_message}). */
public record OutboxMessage(long id, String dedupeKey, String caseNumber, String template,
    String locale, String recipient, String subject, String body, OffsetDateTime createdAt,
    int attempts, OffsetDateTime sentAt, String lastError, String inReplyTo) {}
