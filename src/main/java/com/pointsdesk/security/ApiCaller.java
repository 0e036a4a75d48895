package com.pointsdesk.security;

import java.util.Set;

/** The authenticated caller of {@code /api/v1/**}, put on the request by the Basic-auth filter. */
public record ApiCaller(String userId, Set<String> groups) {

  public static final String ATTRIBUTE = "pointsdesk.apiCaller";

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
