package com.pointsdesk.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record ExpiryNotice(String memberId, LocalDate expiresOn, int points, OffsetDateTime sentAt,
    String channel) {}
