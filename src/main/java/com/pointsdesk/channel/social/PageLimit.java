package com.pointsdesk.channel.social;

import com.pointsdesk.system.ApiException;

/** A page size the caller chose ({@code ?limit=}), refused outside its bounds. */
final class PageLimit {

  private PageLimit() {}

  static int checked(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw ApiException.invalid("limit", "must be between 1 and " + max);
    }
    return limit;
  }
}
