package com.pointsdesk.security;

import java.util.List;
import java.util.Set;

/** The engine groups of DESIGN "Who uses it". */
public final class Groups {

  public static final String SUPPORT_AGENTS = "support-agents";
  public static final String SENIOR_AGENTS = "senior-agents";
  public static final String SUPERVISORS = "supervisors";
  public static final String ANALYSTS = "analysts";
  public static final String CHANNEL_INTEGRATIONS = "channel-integrations";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Who may call the public API v1: integrations push complaints, staff read and add to cases. */
  static final Set<String> API_USERS =
      Set.of(CHANNEL_INTEGRATIONS, SUPPORT_AGENTS, SENIOR_AGENTS, SUPERVISORS, CAMUNDA_ADMIN);

  /** Who may read the demo mailbox. */
  static final Set<String> STAFF =
      Set.of(SUPPORT_AGENTS, SENIOR_AGENTS, SUPERVISORS, ANALYSTS, CAMUNDA_ADMIN);

  static final List<Group> ALL = List.of(
      new Group(SUPPORT_AGENTS, "一线客服 Support agents"),
      new Group(SENIOR_AGENTS, "高级客服 Senior agents"),
      new Group(SUPERVISORS, "主管 Supervisors"),
      new Group(ANALYSTS, "流程分析师 Process analysts"),
      new Group(CHANNEL_INTEGRATIONS, "渠道集成 Channel integrations"),
      new Group(CAMUNDA_ADMIN, "Camunda administrators"));

  private Groups() {}

  record Group(String id, String name) {}
}
