package com.pointsdesk.notification;

import java.util.function.Supplier;

/**
 * The member's mail being taken in while its transaction runs: every mail queued to its sender in
 * that transaction (the acknowledgement, the merge notice, the auto-reply) answers it, with
 * In-Reply-To and References, so the member's mail client threads it under what they sent. The
 * e-mail channel opens the scope; the outbox reads it. Scoped to the calling thread, like the
 * transaction itself.
 */
public final class MailThreads {

  private static final ThreadLocal<Inbound> ANSWERING = new ThreadLocal<>();

  private MailThreads() {}

  /** Runs {@code work} (a transaction) as the answer to mail {@code messageId} from {@code from}. */
  public static <T> T answering(String messageId, String from, Supplier<T> work) {
    if (messageId == null || from == null) {
      return work.get();
    }
    Inbound outer = ANSWERING.get();
    ANSWERING.set(new Inbound(messageId, from));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        ANSWERING.remove();
      } else {
        ANSWERING.set(outer);
      }
    }
  }

  /** The Message-ID a mail to {@code recipient} answers, or null. */
  static String inReplyTo(String recipient) {
    Inbound inbound = ANSWERING.get();
    return inbound != null && recipient != null && inbound.from().equalsIgnoreCase(recipient)
        ? inbound.messageId() : null;
  }

  private record Inbound(String messageId, String from) {}
}
