package com.pointsdesk.channel.social;

import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.security.Groups;
import com.pointsdesk.system.ApiException;

/** Who may call which social-channel endpoint. */
final class Callers {

  private Callers() {}

  /** The social gateway: a channel integration. */
  static void requireGateway(ApiCaller caller) {
    if (!caller.isIn(Groups.CHANNEL_INTEGRATIONS)) {
      throw ApiException.forbidden("Only the social gateway (channel integrations) calls this.");
    }
  }

  /** Agents, senior agents and supervisors, who link accounts to members. */
  static void requireStaff(ApiCaller caller) {
    if (!caller.isIn(Groups.SUPPORT_AGENTS) && !caller.isIn(Groups.SENIOR_AGENTS)
        && !caller.isIn(Groups.SUPERVISORS)) {
      throw ApiException.forbidden("Only agents and supervisors link social accounts.");
    }
  }
}
