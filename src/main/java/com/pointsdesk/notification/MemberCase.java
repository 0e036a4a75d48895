package com.pointsdesk.notification;

import java.time.OffsetDateTime;

/**
 * What a mail to a member says about their case, handed over by the feature that owns the case
 * (a small record of its own, so notification never needs the complaint entity).
 *
 * @param categoryCode the complaint category's API code ({@code UNEXPLAINED_DEDUCTION}); the mail
 *     labels are keyed by it
 */
public record MemberCase(
    String caseNumber,
    String memberId,
    String categoryCode,
    String summary,
    OffsetDateTime receivedAt,
    OffsetDateTime firstResponseDueAt,
    OffsetDateTime resolutionDueAt) {}
