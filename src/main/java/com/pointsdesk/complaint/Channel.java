package com.pointsdesk.complaint;

public enum Channel {
  IN_APP, EMAIL, WEIBO, WECHAT, PHONE, REGULATOR_12315, MARKET_REGULATOR, THIRD_PARTY_PLATFORM;

  /** A regulator or a public complaint platform: the case becomes an external escalation. */
  public boolean isExternal() {
    return this == REGULATOR_12315 || this == MARKET_REGULATOR || this == THIRD_PARTY_PLATFORM;
  }

  /** A social network the social gateway connects: the member is answered there too. */
  public boolean isSocial() {
    return this == WEIBO || this == WECHAT;
  }
}
