package com.pointsdesk.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Body of {@code POST /api/v1/complaints} (DESIGN "Public API v1"). */
public record ComplaintRequest(
    @NotNull Channel channel,
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a member id")
    String memberId,
    @NotNull Category category,
    @NotBlank @Size(max = SUMMARY_MAX) String summary,
    @Size(max = DESCRIPTION_MAX) String description,
    OffsetDateTime occurredAt,
    @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an order number")
    String orderId,
    @PositiveOrZero @Max(value = 1_000_000, message = "is not a plausible number of points")
    Integer pointsClaimed,
    @Size(max = 5) List<@NotNull Demand> demands,
    Boolean publicPost,
    @Size(max = EXTERNAL_REF_MAX) String externalRef) {

  /** Lengths of the texts, as the columns of {@code pd_complaint} hold them. */
  static final int SUMMARY_MAX = 200;
  static final int DESCRIPTION_MAX = 5000;
  static final int EXTERNAL_REF_MAX = 128;

  public boolean isPublicPost() {
    return Boolean.TRUE.equals(publicPost);
  }

  public List<Demand> demandsOrEmpty() {
    return demands == null ? List.of() : demands;
  }
}
