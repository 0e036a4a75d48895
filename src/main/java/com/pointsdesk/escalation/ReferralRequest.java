package com.pointsdesk.escalation;

import com.pointsdesk.complaint.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * Body of {@code POST /api/v1/escalations} (DESIGN "Public API v1"). {@code category} and
 * {@code description} are optional additions: without a category it is read from the order.
 */
record ReferralRequest(
    @NotBlank @Size(max = 32) String platform,
    @NotBlank @Size(max = 128) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
    String externalRef,
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a member id")
    String memberId,
    @Size(max = 20) @Pattern(regexp = "PD-\\d{4}-\\d{6}", message = "must be a case number such as PD-2026-000123")
    String caseNumber,
    @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an order number")
    String orderId,
    @NotBlank @Size(max = 200) String summary,
    @Size(max = 5000) String description,
    OffsetDateTime respondBy,
    Category category) {}
