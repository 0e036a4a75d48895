package com.pointsdesk.notification;

/**
 * An attachment a member sent that was not stored as evidence.
 *
 * @param reasonCode why, as the evidence feature names it ({@code TOO_LARGE},
 *     {@code UNSUPPORTED_TYPE}, {@code EMPTY}); the mail labels are keyed by it
 */
public record RefusedAttachment(String fileName, String reasonCode) {}
