package com.pointsdesk.channel.email;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.evidence.EvidenceKind;
import com.pointsdesk.evidence.EvidenceUploads;

/**
 * The evidence kind of an attachment, which a mail does not state: a picture is the screenshot
 * or photo the case's category asks for, a video a recording (or a gift video), anything else
 * OTHER. Agents see every file and its type; the kind only pre-sorts them.
 */
final class EvidenceKinds {

  private EvidenceKinds() {}

  static EvidenceKind of(byte[] content, Category category) {
    String type = EvidenceUploads.typeOf(content).orElse("");
    if (type.startsWith("image/")) {
      return switch (category) {
        case NOT_AS_DESCRIBED -> EvidenceKind.GIFT_PHOTO_OR_VIDEO;
        case RULE_CHANGED, DELIVERY_DELAYED -> EvidenceKind.GIFT_PAGE_SCREENSHOT;
        case SLOW_SERVICE -> EvidenceKind.SERVICE_CHAT_LOG;
        default -> EvidenceKind.POINTS_HISTORY_SCREENSHOT;
      };
    }
    if (type.startsWith("video/")) {
      return category == Category.NOT_AS_DESCRIBED ? EvidenceKind.GIFT_PHOTO_OR_VIDEO
          : EvidenceKind.REDEMPTION_RECORDING;
    }
    return EvidenceKind.OTHER;
  }
}
