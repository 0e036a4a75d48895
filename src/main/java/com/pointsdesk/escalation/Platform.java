package com.pointsdesk.escalation;

import com.pointsdesk.complaint.Channel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where an external referral comes from (DESIGN "Public API v1": POST /api/v1/escalations). */
enum Platform {
  REGULATOR_12315(Channel.REGULATOR_12315, "12315", "全国12315平台"),
  MARKET_REGULATOR(Channel.MARKET_REGULATOR, "MARKET_REGULATOR", "市场监管"),
  BLACK_CAT(Channel.THIRD_PARTY_PLATFORM, "BLACK_CAT", "黑猫投诉"),
  DIANSUBAO(Channel.THIRD_PARTY_PLATFORM, "DIANSUBAO", "电诉宝");

  private final Channel channel;
  private final List<String> names;

  Platform(Channel channel, String... names) {
    this.channel = channel;
    this.names = List.of(names);
  }

  Channel channel() {
    return channel;
  }

  String code() {
    return names.get(0);
  }

  /** By its code ("12315", "BLACK_CAT") or its Chinese name ("黑猫投诉"). */
  static Optional<Platform> of(String name) {
    String wanted = name == null ? "" : name.strip();
    return Arrays.stream(values())
        .filter(p -> p.names.stream().anyMatch(n -> n.equalsIgnoreCase(wanted)))
        .findFirst();
  }
}
