package com.pointsdesk.channel.social;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.ledger.Members;
import com.pointsdesk.ledger.SocialAccounts;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.ConcurrentChanges;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agent links a social account to a member: in one transaction the link is made and every
 * recorded message of that account without a case goes through the intake, once (its
 * idempotency key is the gateway's). A message that still names no category stays for later; a
 * refusal by the intake (an order that is not this member's: the wrong member?) undoes it all.
 */
@Service
class AccountLinking {

  private final Members members;
  private final SocialAccounts accounts;
  private final SocialMessages messages;
  private final MessageIntake intake;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AccountLinking(Members members, SocialAccounts accounts, SocialMessages messages,
      MessageIntake intake, TransactionTemplate transaction, Clock clock) {
    this.members = members;
    this.accounts = accounts;
    this.messages = messages;
    this.intake = intake;
    this.transaction = transaction;
    this.clock = clock;
  }

  Linked link(SocialChannel channel, String account, String memberId, Category category,
      String agent) {
    return ConcurrentChanges.retry("Linking a " + channel + " account to " + memberId,
        () -> transaction.execute(status -> linkOnce(channel, account, memberId, category, agent)));
  }

  private Linked linkOnce(SocialChannel channel, String account, String memberId,
      Category category, String agent) {
    members.find(memberId).orElseThrow(
        () -> ApiException.notFound("memberId", "Unknown member " + memberId));
    String linked = accounts.link(channel.channel().name(), account, memberId, agent,
        OffsetDateTime.now(clock));
    if (!linked.equals(memberId)) {
      throw ApiException.conflict("This " + channel + " account is linked to member " + linked
          + " already.");
    }
    List<Linked.TakenIn> takenIn = new ArrayList<>();
    List<String> stillUnmapped = new ArrayList<>();
    for (StoredMessage waiting : messages.unmappedOf(channel, account)) {
      Optional<IntakeOutcome> outcome =
          intake.takeIn(channel, waiting.message(), memberId, category);
      if (outcome.isPresent()) {
        messages.takenIn(waiting.id(), memberId, outcome.get());
        takenIn.add(new Linked.TakenIn(waiting.message().messageId(),
            outcome.get().caseNumber(), outcome.get().merged()));
      } else {
        messages.stillUnmapped(waiting.id(), memberId, StoredMessage.Unmapped.NO_CATEGORY);
        stillUnmapped.add(waiting.message().messageId());
      }
    }
    return new Linked(channel, account, memberId, takenIn, stillUnmapped);
  }

  /** The answer of {@code POST /api/v1/channels/{channel}/accounts}. */
  record Linked(SocialChannel channel, String account, String memberId, List<TakenIn> takenIn,
      List<String> stillUnmapped) {

    record TakenIn(String messageId, String caseNumber, boolean merged) {}
  }
}
