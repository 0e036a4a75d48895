package com.pointsdesk.channel.social;

import java.time.OffsetDateTime;

/**
 * A social message as PointsDesk recorded it (row of pd_social_message): the case it went into,
 * or, while {@code caseNumber} is null, why it is waiting for an agent.
 *
 * @param memberId null while the account is unknown
 */
record StoredMessage(long id, SocialChannel channel, SocialMessage message, String memberId,
    String caseNumber, boolean merged, Unmapped reason, OffsetDateTime receivedAt) {

  /** Why a message has no case yet. */
  enum Unmapped {
    /** No member is linked to the sender's account. */
    UNKNOWN_ACCOUNT,
    /** Neither the gateway nor the text names a category, and the member has no one open case. */
    NO_CATEGORY
  }
}
