package com.pointsdesk.channel.social;

import com.pointsdesk.complaint.Channel;
import com.pointsdesk.system.ApiException;
import java.util.Arrays;

/** The social networks the gateway connects, as their API path segment names them. */
enum SocialChannel {
  WEIBO("weibo", Channel.WEIBO),
  WECHAT("wechat", Channel.WECHAT);

  private final String path;
  private final Channel channel;

  SocialChannel(String path, Channel channel) {
    this.path = path;
    this.channel = channel;
  }

  /** {@code weibo} or {@code wechat} of {@code /api/v1/channels/{channel}/…}; else 404. */
  static SocialChannel ofPath(String path) {
    return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst()
        .orElseThrow(() -> ApiException.notFound("channel",
            "Unknown social channel " + path + " (weibo or wechat)"));
  }

  Channel channel() {
    return channel;
  }

  /**
   * The intake's idempotency key of a message: {@code weibo:<messageId>}. A gateway retry, a
   * second node or an agent taking the message in later all name it the same way.
   */
  String idempotencyKey(String messageId) {
    return path + ":" + messageId;
  }
}
