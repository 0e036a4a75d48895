package com.pointsdesk.evidence;

/** Evidence kinds of the seed (step 1: 全面收集证据). */
public enum EvidenceKind {
  POINTS_HISTORY_SCREENSHOT,
  REDEMPTION_RECORDING,
  GIFT_PAGE_SCREENSHOT,
  SERVICE_CHAT_LOG,
  GIFT_PHOTO_OR_VIDEO,
  OTHER
}
