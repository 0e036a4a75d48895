package com.pointsdesk.collective;

/** What many members can complain about at once (issue 8). */
enum SubjectKind {
  /** a gift whose orders are not fulfilled; ref = gift id */
  GIFT,
  /** one announced change of rules or prices; ref = rule change code */
  RULE_CHANGE,
  /** the points that expired on one day; ref = that day (ISO date, Asia/Shanghai) */
  EXPIRY_BATCH
}
