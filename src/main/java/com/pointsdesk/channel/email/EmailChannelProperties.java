package com.pointsdesk.channel.email;

import java.time.Duration;
import java.util.Properties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The member-facing complaints mailbox the e-mail channel reads over IMAP: where it is, how
 * often it is read, and the folder a mail moves to once it has been dealt with (so a restart
 * never looks at it again). {@code address} is the mailbox's own address: mail from it is ours
 * and never answered.
 */
@ConfigurationProperties("pointsdesk.channels.email")
public record EmailChannelProperties(boolean enabled, String host, int port, boolean ssl,
    String user, String password, String address, String folder, String processedFolder,
    Duration interval, int maxPerPoll) {

  public EmailChannelProperties {
    folder = blankOr(folder, "INBOX");
    processedFolder = blankOr(processedFolder, "Processed");
    interval = interval == null ? Duration.ofSeconds(30) : interval;
    maxPerPoll = maxPerPoll <= 0 ? 50 : maxPerPoll;
    address = blankOr(address, user);
    if (enabled && (host == null || host.isBlank() || user == null || user.isBlank())) {
      throw new IllegalArgumentException(
          "pointsdesk.channels.email.enabled needs the mailbox's host and user");
    }
    if (folder.equals(processedFolder)) {
      throw new IllegalArgumentException("Processed mail must move out of " + folder);
    }
  }

  /** Jakarta Mail session settings: bounded waits, and large fetches (attachments up to 20 MB). */
  Properties session() {
    Properties p = new Properties();
    String protocol = protocol();
    p.put("mail.store.protocol", protocol);
    p.put("mail." + protocol + ".connectiontimeout", "10000");
    p.put("mail." + protocol + ".timeout", "30000");
    p.put("mail." + protocol + ".fetchsize", String.valueOf(1024 * 1024));
    p.put("mail.mime.decodetext.strict", "false");
    return p;
  }

  String protocol() {
    return ssl ? "imaps" : "imap";
  }

  private static String blankOr(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
