package com.pointsdesk.complaint;

/** The seven complaint categories of DESIGN.md (seed: 常见积分礼品问题类型 + FAQ Q6). */
public enum Category {
  REDEMPTION_FAILED,
  DELIVERY_DELAYED,
  NOT_AS_DESCRIBED,
  UNEXPLAINED_DEDUCTION,
  SLOW_SERVICE,
  RULE_CHANGED,
  EXPIRED_WITHOUT_NOTICE
}
