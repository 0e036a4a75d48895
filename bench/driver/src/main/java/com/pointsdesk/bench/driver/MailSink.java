package com.pointsdesk.bench.driver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.atomic.AtomicLong;

/** An SMTP sink (GreenMail) in the driver JVM: the app's outbox relay sends here. */
final class MailSink implements AutoCloseable {

  final int port;
  private final GreenMail server;
  private final AtomicLong purged = new AtomicLong();

  MailSink() throws Exception {
    port = Ports.free();
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    Cleanup.register(this);
  }

  /** Mail received so far; drops stored messages so memory stays flat. */
  synchronized long received() {
    long n = server.getReceivedMessages().length;
    if (n > 5000) {
      try {
        server.purgeEmailFromAllMailboxes();
        purged.addAndGet(n);
        n = 0;
      } catch (Exception ignored) {
        // keep them
      }
    }
    return purged.get() + n;
  }

  @Override
  public void close() {
    Cleanup.unregister(this);
    server.stop();
  }
}
