package com.pointsdesk.channel.social;

import com.pointsdesk.complaint.CaseViews;
import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/channels/weibo} and {@code /wechat}: the social gateway delivers one
 * member message. The signature is checked on the raw body bytes as they arrived (read here, not
 * by a converter), before the body is parsed. A message that became or joined a case is answered
 * with the case view (201 / 200), one recorded for an agent with 202.
 */
@RestController
class SocialWebhookController {

  /** A message is at most 5 000 characters; a body far beyond that is not one. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final SignedRequests signatures;
  private final SocialPayloads payloads;
  private final SocialIntake intake;
  private final CaseViews views;

  SocialWebhookController(SignedRequests signatures, SocialPayloads payloads,
      SocialIntake intake, CaseViews views) {
    this.signatures = signatures;
    this.payloads = payloads;
    this.intake = intake;
    this.views = views;
  }

  @PostMapping("/api/v1/channels/{channel}")
  ResponseEntity<?> receive(@PathVariable String channel, HttpServletRequest request,
      @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = WebhookSignature.NONCE_HEADER, required = false) String nonce,
      @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) throws IOException {
    Callers.requireGateway(caller);
    SocialChannel social = SocialChannel.ofPath(channel);
    byte[] body = rawBody(request);
    SignedRequests.Signed signed = signatures.verify(social, timestamp, nonce, signature, body);
    SocialIntake.Receipt receipt = intake.receive(social, signed, payloads.parse(body));
    if (receipt.intake() != null) {
      return views.answer(receipt.intake());
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "RECORDED",
        "reason", receipt.unmapped(), "channel", social, "messageId", receipt.messageId()));
  }

  private static byte[] rawBody(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
            "A social message body is at most " + MAX_BODY_BYTES + " bytes.",
            List.of(new ApiException.FieldError("body", "too large")));
      }
      return body;
    }
  }
}
