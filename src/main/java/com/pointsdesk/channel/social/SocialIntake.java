package com.pointsdesk.channel.social;

import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.ledger.SocialAccounts;
import com.pointsdesk.system.ConcurrentChanges;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A verified webhook message, in one transaction: its nonce is used up, a message seen before
 * answers as it did then, a known member's message goes through the one intake, and a message
 * that cannot be mapped (unknown account, no category) is recorded for an agent, with no case.
 * A refusal anywhere rolls back all of it, nonce included.
 */
@Service
class SocialIntake {

  private static final Logger log = LoggerFactory.getLogger(SocialIntake.class);

  private final WebhookNonces nonces;
  private final SocialMessages messages;
  private final SocialAccounts accounts;
  private final MessageIntake intake;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SocialIntake(WebhookNonces nonces, SocialMessages messages, SocialAccounts accounts,
      MessageIntake intake, TransactionTemplate transaction, Clock clock) {
    this.nonces = nonces;
    this.messages = messages;
    this.accounts = accounts;
    this.intake = intake;
    this.transaction = transaction;
    this.clock = clock;
  }

  Receipt receive(SocialChannel channel, SignedRequests.Signed signed, SocialMessage m) {
    return ConcurrentChanges.retry("Social message " + channel.idempotencyKey(m.messageId()),
        () -> transaction.execute(status -> receiveOnce(channel, signed, m)));
  }

  private Receipt receiveOnce(SocialChannel channel, SignedRequests.Signed signed,
      SocialMessage m) {
    if (!nonces.firstUse(channel, signed.nonce(), signed.signedAt())) {
      throw SignedRequests.refused("This nonce was used before: a replayed request.");
    }
    Optional<StoredMessage> seen = messages.find(channel, m.messageId());
    if (seen.isPresent()) {
      return Receipt.of(seen.get());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    SocialMessage cleaned = m.withText(SensitiveText.clean(m.text()).text());
    Optional<String> member = accounts.memberOf(channel.channel().name(), m.account());
    if (member.isEmpty()) {
      messages.record(channel, cleaned, null, null, StoredMessage.Unmapped.UNKNOWN_ACCOUNT, now);
      log.info("{} message {} from an unknown account recorded for an agent", channel,
          m.messageId());
      return Receipt.unmapped(m.messageId(), StoredMessage.Unmapped.UNKNOWN_ACCOUNT);
    }
    Optional<IntakeOutcome> outcome = intake.takeIn(channel, m, member.get(), null);
    StoredMessage.Unmapped reason =
        outcome.isEmpty() ? StoredMessage.Unmapped.NO_CATEGORY : null;
    messages.record(channel, cleaned, member.get(), outcome.orElse(null), reason, now);
    return outcome.map(o -> new Receipt(m.messageId(), o, null))
        .orElseGet(() -> Receipt.unmapped(m.messageId(), reason));
  }

  /** The case a message went into, or why it has none (then {@code intake} is null). */
  record Receipt(String messageId, IntakeOutcome intake, StoredMessage.Unmapped unmapped) {

    static Receipt unmapped(String messageId, StoredMessage.Unmapped reason) {
      return new Receipt(messageId, null, reason);
    }

    /** A message seen before answers as it did then. */
    static Receipt of(StoredMessage seen) {
      String messageId = seen.message().messageId();
      return seen.caseNumber() == null ? unmapped(messageId, seen.reason())
          : new Receipt(messageId, new IntakeOutcome(seen.caseNumber(),
              IntakeOutcome.Kind.REPLAYED, seen.merged()), null);
    }
  }
}
