package com.pointsdesk.channel.email;

import java.io.InterruptedIOException;
import java.net.SocketException;
import java.util.Set;

/**
 * Whether reading a mail failed because of the mailbox connection (try again next poll) rather
 * than the mail itself (answer it). Angus Mail signals a lost connection with its own exception
 * types, some wrapped in an IOException; they are told apart by name so that no implementation
 * class is imported.
 */
final class MailboxTrouble {

  private static final Set<String> CONNECTION = Set.of("FolderClosedException",
      "StoreClosedException", "MessageRemovedException", "FolderClosedIOException",
      "MessageRemovedIOException", "ConnectionException");

  private MailboxTrouble() {}

  static boolean isConnection(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketException || t instanceof InterruptedIOException
          || CONNECTION.contains(t.getClass().getSimpleName())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
