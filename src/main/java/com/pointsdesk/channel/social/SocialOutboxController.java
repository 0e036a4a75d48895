package com.pointsdesk.channel.social;

import com.pointsdesk.notification.SocialOutbox;
import com.pointsdesk.notification.SocialOutboxMessage;
import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.system.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The social gateway pulls what to post to members ({@code GET …/outbox}, oldest first) and
 * acknowledges each message it delivered; a message not acknowledged is returned again.
 */
@RestController
class SocialOutboxController {

  private static final int MAX_LIMIT = 500;

  private final SocialOutbox outbox;

  SocialOutboxController(SocialOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/api/v1/channels/{channel}/outbox")
  Map<String, List<SocialOutboxMessage>> pending(@PathVariable String channel,
      @RequestParam(defaultValue = "50") int limit,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    Callers.requireGateway(caller);
    return Map.of("messages", outbox.pending(SocialChannel.ofPath(channel).channel().name(),
        PageLimit.checked(limit, MAX_LIMIT)));
  }

  @PostMapping("/api/v1/channels/{channel}/outbox/{id}/ack")
  ResponseEntity<Void> acknowledge(@PathVariable String channel, @PathVariable long id,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    return acknowledgeAll(channel, new Acknowledgement(List.of(id)), caller);
  }

  /** Several at once: all of them, or none when one is not a message of this channel. */
  @PostMapping(path = "/api/v1/channels/{channel}/outbox/ack",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> acknowledgeAll(@PathVariable String channel,
      @Valid @RequestBody Acknowledgement acknowledgement,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    Callers.requireGateway(caller);
    String name = SocialChannel.ofPath(channel).channel().name();
    List<Long> unknown = outbox.acknowledge(name, acknowledgement.ids());
    if (!unknown.isEmpty()) {
      throw ApiException.notFound("ids", "No " + name + " outbox message " + unknown);
    }
    return ResponseEntity.noContent().build();
  }

  record Acknowledgement(@NotEmpty @Size(max = MAX_LIMIT) List<@NotNull Long> ids) {}
}
