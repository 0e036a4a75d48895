package com.pointsdesk.notification;

import java.util.List;

/**
 * The social channels ({@code WEIBO}, {@code WECHAT}) a case arrived through, asked of the
 * feature that owns cases: a port, so that notification never depends on it.
 */
public interface CaseSocialChannels {

  List<String> socialChannelsOf(String caseNumber);
}
