package com.pointsdesk.channel.social;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.security.ApiCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Social messages that have no case yet, for staff: {@code GET /api/v1/channels/unmapped} lists
 * them, {@code POST /api/v1/channels/{channel}/accounts} links an account to a member and takes
 * that account's waiting messages in.
 */
@RestController
class SocialAccountsController {

  private static final int MAX_LIMIT = 500;

  private final SocialMessages messages;
  private final AccountLinking linking;

  SocialAccountsController(SocialMessages messages, AccountLinking linking) {
    this.messages = messages;
    this.linking = linking;
  }

  @GetMapping("/api/v1/channels/unmapped")
  Map<String, List<StoredMessage>> unmapped(
      @RequestParam(defaultValue = "100") int limit,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    Callers.requireStaff(caller);
    return Map.of("messages", messages.unmapped(PageLimit.checked(limit, MAX_LIMIT)));
  }

  @PostMapping(path = "/api/v1/channels/{channel}/accounts",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  AccountLinking.Linked link(@PathVariable String channel, @Valid @RequestBody LinkRequest link,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    Callers.requireStaff(caller);
    return linking.link(SocialChannel.ofPath(channel), link.account(), link.memberId(),
        link.category(), caller.userId());
  }

  /**
   * @param category for the account's messages that name none (the agent has read them)
   */
  record LinkRequest(
      @NotBlank @Size(max = 64) @Pattern(regexp = SocialMessage.PRINTABLE,
          message = "must be printable ASCII") String account,
      @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a member id")
      String memberId,
      Category category) {}
}
