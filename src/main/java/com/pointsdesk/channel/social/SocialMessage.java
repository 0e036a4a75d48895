package com.pointsdesk.channel.social;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.pointsdesk.complaint.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * What the social gateway posts for one Weibo or WeChat message (README "Channels"): a direct
 * message to our account or a public post that mentions us.
 *
 * @param account the sender's account on the channel (Weibo uid, WeChat openid)
 * @param category what the member complains about, when the gateway knows; else the text says
 */
record SocialMessage(
    @NotBlank @Size(max = 120) @Pattern(regexp = PRINTABLE, message = "must be printable ASCII")
    String messageId,
    @NotNull Kind kind,
    @NotBlank @Size(max = 64) @Pattern(regexp = PRINTABLE, message = "must be printable ASCII")
    String account,
    @NotBlank @Size(max = 5000) String text,
    @NotNull OffsetDateTime postedAt,
    @Size(max = 128) String postUrl,
    Category category,
    @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an order number")
    String orderId) {

  static final String PRINTABLE = "[\\x21-\\x7E]+";

  enum Kind { DIRECT_MESSAGE, PUBLIC_POST }

  @JsonIgnore
  boolean isPublicPost() {
    return kind == Kind.PUBLIC_POST;
  }

  /** The same message as it was stored: its text cleaned of secrets. */
  SocialMessage withText(String cleanedText) {
    return new SocialMessage(messageId, kind, account, cleanedText, postedAt, postUrl, category,
        orderId);
  }
}
