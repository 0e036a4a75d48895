package com.pointsdesk.escalation;

import static com.pointsdesk.escalation.Labels.orNone;
import static com.pointsdesk.escalation.Labels.signed;
import static com.pointsdesk.escalation.Labels.yesNo;

/**
 * How one timeline item reads: what kind of record it is and what it says. Events are shown
 * alike whatever their name (status changes, SLA_PAUSED / SLA_RESUMED and any later SLA_* or
 * ESCALATION_* event): the event code, then its detail.
 */
final class TimelineText {

  private TimelineText() {}

  record Line(String kind, String text) {}

  static Line of(Dossier.Item item) {
    if (item instanceof Dossier.Contact c) {
      return new Line("渠道 Channel", Labels.channel(c.channel())
          + (c.externalRef() == null ? "" : "\n外部编号 External ref: " + c.externalRef()));
    }
    if (item instanceof Dossier.Message m) {
      return new Line("留言 Message", m.text());
    }
    if (item instanceof Dossier.Event e) {
      return new Line("事件 Event", e.event() + (e.detail() == null ? "" : "\n" + e.detail()));
    }
    if (item instanceof Dossier.Evidence e) {
      return new Line("证据 Evidence", e.kind() + " · " + e.contentType() + " · "
          + "%,d 字节 bytes".formatted(e.sizeBytes())
          + "\n文件名 File name: " + orNone(e.fileName())
          + "\nSHA-256:\n" + e.sha256() // on a line of its own: never broken
          + "\n上传人 Uploaded by: " + e.uploadedBy());
    }
    if (item instanceof Dossier.Decision d) {
      return new Line("决定 Decision", d.step() + " " + d.decision()
          + " · 决定人 Decided by: " + d.decidedBy()
          + "\n恢复积分 Restore: " + d.restorePoints()
          + " · 补偿积分 Compensation: " + d.compensationPoints()
          + " · 补发礼品 Reissue gift: " + yesNo(d.reissueGift())
          + " · 替代礼品 Alternative gift: " + yesNo(d.offerAlternative())
          + (d.reason() == null || d.reason().isBlank() ? "" : "\n理由 Reason: " + d.reason()));
    }
    if (item instanceof Dossier.Entry e) {
      return new Line("积分 Ledger", e.kind() + " " + signed(e.amount()) + " 积分 points"
          + " · 流水号 Entry #" + e.id() + " · 关联 Reference: " + orNone(e.reference())
          + "\n幂等键 Key: " + e.idempotencyKey()
          + (e.description() == null ? "" : "\n" + e.description()));
    }
    throw new IllegalArgumentException("Unknown timeline item " + item);
  }
}
