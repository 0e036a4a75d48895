package com.pointsdesk.notification;

import java.time.OffsetDateTime;

/** A message for the social gateway to post to a member's account (row of pd_social_outbox). */
public record SocialOutboxMessage(long id, String channel, String account, String caseNumber,
    String text, OffsetDateTime createdAt) {}
