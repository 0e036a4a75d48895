package com.pointsdesk.escalation;

import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a regulator (12315, the market regulator) is given about one case: the case as recorded
 * and everything that happened to it, in time order. Read from the domain tables, never from
 * process variables; all free texts are stored redacted already (no passwords, masked phones).
 * Times are business time (Asia/Shanghai).
 */
record Dossier(Case header, List<Item> timeline, OffsetDateTime generatedAt) {

  Dossier {
    timeline = List.copyOf(timeline);
  }

  /**
   * Merges the sources into one timeline by time. Equal times keep the order the sources are
   * given in, and each source's own order (time, then insertion).
   */
  @SafeVarargs
  static List<Item> chronological(List<? extends Item>... sources) {
    List<Item> all = new ArrayList<>();
    for (List<? extends Item> source : sources) {
      all.addAll(source);
    }
    all.sort(Comparator.comparing(Item::at, OffsetDateTime.timeLineOrder())); // stable
    return all;
  }

  /** A stored time as business time (PostgreSQL hands times back in UTC). */
  static OffsetDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
  }

  /** The case row: who, what, its state, its service-level due dates and when they were met. */
  record Case(String caseNumber, String memberId, String category, String status,
      String priority, OffsetDateTime receivedAt, OffsetDateTime firstResponseDueAt,
      OffsetDateTime resolutionDueAt, OffsetDateTime escalationDueAt,
      OffsetDateTime firstRespondedAt, OffsetDateTime closedAt, String orderId,
      boolean publicPost, boolean externalEscalation, String summary, String description,
      OffsetDateTime occurredAt, Integer pointsClaimed, List<String> demands,
      String externalRef) {

    Case {
      demands = List.copyOf(demands);
    }
  }

  /** One line of the timeline. */
  sealed interface Item permits Contact, Message, Event, Evidence, Decision, Entry {
    OffsetDateTime at();
  }

  /** The case arrived (again) through a channel ({@code pd_complaint_channel}). */
  record Contact(OffsetDateTime at, String channel, String externalRef) implements Item {}

  /** What the member wrote to the case ({@code pd_member_message}). */
  record Message(OffsetDateTime at, String text) implements Item {}

  /** A timeline event ({@code pd_complaint_event}), SLA and escalation events included. */
  record Event(OffsetDateTime at, String event, String detail) implements Item {}

  /** An evidence file as recorded: never its content ({@code pd_evidence_file}). */
  record Evidence(OffsetDateTime at, String kind, String contentType, long sizeBytes,
      String fileName, String sha256, String uploadedBy) implements Item {}

  /** Who decided what about the remedy, and why ({@code pd_remedy_decision}). */
  record Decision(OffsetDateTime at, String step, String decision, String decidedBy,
      int restorePoints, int compensationPoints, boolean reissueGift, boolean offerAlternative,
      String reason) implements Item {}

  /** A ledger entry of the member that the case involves ({@code pd_points_entry}). */
  record Entry(OffsetDateTime at, long id, int amount, String kind, String reference,
      String idempotencyKey, String description) implements Item {}
}
