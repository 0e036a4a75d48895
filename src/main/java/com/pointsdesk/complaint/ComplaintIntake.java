package com.pointsdesk.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pointsdesk.ledger.Member;
import com.pointsdesk.ledger.Members;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.notification.MemberNotifier;
import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.BusinessTime;
import com.pointsdesk.system.ConcurrentChanges;
import com.pointsdesk.system.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One intake for every channel. In a single transaction it de-duplicates (Idempotency-Key, open
 * case of the same member + category + order), cleans secrets out of the text, saves the case,
 * queues the acknowledgement and starts the process with business key = case number.
 */
@Service
public class ComplaintIntake {

  private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);
  static final Duration MERGE_WINDOW = Duration.ofHours(72);

  private final Members members;
  private final RedemptionOrders orders;
  private final Complaints complaints;
  private final ComplaintChannels channels;
  private final CaseTimeline timeline;
  private final CaseNumbers caseNumbers;
  private final IdempotencyRecords idempotency;
  private final MemberMessages messages;
  private final ServiceLevels serviceLevels;
  private final MemberNotifier notifier;
  private final ComplaintProcess process;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final Clock clock;

  ComplaintIntake(Members members, RedemptionOrders orders, Complaints complaints,
      ComplaintChannels channels, CaseTimeline timeline, CaseNumbers caseNumbers,
      IdempotencyRecords idempotency, MemberMessages messages, ServiceLevels serviceLevels,
      MemberNotifier notifier, ComplaintProcess process, TransactionTemplate transaction,
      ObjectMapper json, Clock clock) {
    this.members = members;
    this.orders = orders;
    this.complaints = complaints;
    this.channels = channels;
    this.timeline = timeline;
    this.caseNumbers = caseNumbers;
    this.idempotency = idempotency;
    this.messages = messages;
    this.serviceLevels = serviceLevels;
    this.notifier = notifier;
    this.process = process;
    this.transaction = transaction;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Takes a complaint in. Concurrent requests for one member are serialised by a row lock; a lost
   * race with the process engine or a concurrent duplicate is retried as a whole.
   */
  public Outcome submit(ComplaintRequest request, String clientId, String idempotencyKey) {
    String requestHash = hash(request);
    return ConcurrentChanges.retry("Intake for member " + request.memberId(), () ->
        transaction.execute(status -> submitOnce(request, clientId, idempotencyKey, requestHash)));
  }

  private Outcome submitOnce(ComplaintRequest request, String clientId, String idempotencyKey,
      String requestHash) {
    Member member = members.lock(request.memberId()).orElseThrow(
        () -> ApiException.notFound("memberId", "Unknown member " + request.memberId()));
    if (request.orderId() != null) {
      orders.find(request.orderId()).filter(o -> o.memberId().equals(member.id())).orElseThrow(
          () -> ApiException.notFound("orderId",
              "Member " + member.id() + " has no order " + request.orderId()));
    }
    if (idempotencyKey != null) {
      Optional<IdempotencyRecords.Record> seen = idempotency.find(clientId, idempotencyKey);
      if (seen.isPresent()) {
        if (!seen.get().requestHash().equals(requestHash)) {
          throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
              "This Idempotency-Key was already used for a different complaint.",
              List.of(new ApiException.FieldError("Idempotency-Key", "already used")));
        }
        return new Outcome(seen.get().caseNumber(), Outcome.Kind.REPLAYED, seen.get().merged());
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Cleaned text = Cleaned.of(request);
    Outcome outcome = complaints
        .findOpenDuplicate(member.id(), request.category(), request.orderId(),
            now.minus(MERGE_WINDOW))
        .map(open -> merge(open, request, text, now))
        .orElseGet(() -> open(request, text, now));
    if (idempotencyKey != null) {
      idempotency.save(clientId, idempotencyKey, requestHash, outcome.caseNumber(),
          outcome.merged(), now);
    }
    return outcome;
  }

  private Outcome open(ComplaintRequest r, Cleaned text, OffsetDateTime now) {
    String caseNumber = caseNumbers.next(now.atZoneSameInstant(BusinessTime.ZONE).getYear());
    Complaint complaint = Complaint.received(caseNumber, r.memberId(), r.category(),
        r.channel(), r.isPublicPost(),
        new Complaint.FreeTexts(text.summary(), text.description(), text.externalRef()),
        new Complaint.Claim(r.occurredAt(), r.orderId(), r.pointsClaimed(), r.demandsOrEmpty()),
        now, serviceLevels.dueDates(now));
    complaints.insert(complaint);
    channels.add(caseNumber, r.channel(), text.externalRef(), now);
    timeline.record(caseNumber, "RECEIVED", "Received via " + r.channel()
        + (r.isPublicPost() ? " (public post)" : ""));
    recordRedaction(caseNumber, text);
    notifier.acknowledge(complaint.asMemberCase(), text.secretsRemoved());
    timeline.record(caseNumber, "ACKNOWLEDGED", "Acknowledgement with case number queued");
    complaints.attachProcess(caseNumber, process.start(complaint));
    log.info("Opened case {} ({}) for member {}", caseNumber, r.category(), r.memberId());
    return new Outcome(caseNumber, Outcome.Kind.CREATED, false);
  }

  private Outcome merge(Complaint open, ComplaintRequest r, Cleaned text, OffsetDateTime now) {
    String caseNumber = open.caseNumber();
    complaints.lock(caseNumber);
    channels.add(caseNumber, r.channel(), text.externalRef(), now);
    timeline.record(caseNumber, "MERGED", "Same complaint again via " + r.channel()
        + (r.isPublicPost() ? " (public post)" : "") + ": " + text.summary());
    messages.store(caseNumber, "[" + r.channel() + "] " + text.summary()
        + (text.description() == null ? "" : "\n" + text.description()), now);
    recordRedaction(caseNumber, text);
    boolean external = r.channel().isExternal();
    if ((r.isPublicPost() && !open.publicPost()) || (external && !open.externalEscalation())) {
      complaints.escalate(caseNumber, r.isPublicPost(), external);
      process.escalated(caseNumber, open.publicPost() || r.isPublicPost(),
          open.externalEscalation() || external);
      timeline.record(caseNumber, "PRIORITY_RAISED",
          (external ? "External channel " : "Public post on ") + r.channel());
    }
    notifier.acknowledgeMerged(open.asMemberCase(), UUID.randomUUID().toString(),
        text.secretsRemoved());
    log.info("Merged a {} complaint into open case {}", r.channel(), caseNumber);
    return new Outcome(caseNumber, Outcome.Kind.MERGED, true);
  }

  private void recordRedaction(String caseNumber, Cleaned text) {
    if (text.secretsRemoved()) {
      timeline.record(caseNumber, "SENSITIVE_DATA_REDACTED",
          "A password in the complaint text was removed before storage; the member is warned");
    }
  }

  private String hash(ComplaintRequest request) {
    try {
      return Sha256.hex(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The free texts of a request after {@link SensitiveText}. The redaction marker is longer than
   * most passwords, so a text that was valid at its length limit is clipped back to the limit.
   */
  private record Cleaned(String summary, String description, String externalRef,
      boolean secretsRemoved) {

    static Cleaned of(ComplaintRequest r) {
      SensitiveText.Cleaned summary = SensitiveText.clean(r.summary().strip());
      SensitiveText.Cleaned description = SensitiveText.clean(r.description());
      SensitiveText.Cleaned externalRef = SensitiveText.clean(r.externalRef());
      return new Cleaned(clip(summary.text(), ComplaintRequest.SUMMARY_MAX),
          clip(description.text(), ComplaintRequest.DESCRIPTION_MAX),
          clip(externalRef.text(), ComplaintRequest.EXTERNAL_REF_MAX),
          summary.secretsRemoved() || description.secretsRemoved()
              || externalRef.secretsRemoved());
    }

    private static String clip(String text, int max) {
      if (text == null || text.length() <= max) {
        return text;
      }
      int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
      return text.substring(0, end) + "…";
    }
  }

  /** Which case the complaint landed in, how, and whether it joined an open case. */
  public record Outcome(String caseNumber, Kind kind, boolean merged) {
    public enum Kind { CREATED, MERGED, REPLAYED }
  }
}
