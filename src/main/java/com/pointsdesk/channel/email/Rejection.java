package com.pointsdesk.channel.email;

/**
 * Why a mail reached no case; the sender's auto-reply says it in their words
 * ({@code email.reason.<name>} in the mail labels).
 */
enum Rejection {
  NO_MEMBER_ID, UNKNOWN_MEMBER, NO_CATEGORY, NO_TEXT, UNKNOWN_CASE, NOT_YOUR_CASE,
  /** The intake refused the complaint as a whole (e.g. the same Message-ID with other content). */
  REFUSED
}
