package com.pointsdesk.security;

import com.pointsdesk.system.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * HTTP Basic logins of API v1 checked against the engine's identities, remembered for a short
 * while: a channel integration sends the same credentials with every complaint, and checking
 * them costs two engine commands (password, groups) and two database connections per request.
 * Only successful logins are remembered, by a hash of user and password (never the password),
 * so a wrong password is always checked by the engine, with its brute-force lock-out; a changed
 * password, a removed user or a new group takes effect within {@code ttl}.
 */
final class VerifiedLogins {

  private static final int MAX_REMEMBERED = 10_000;

  private final IdentityService identity;
  private final long ttlNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  VerifiedLogins(IdentityService identity, Duration ttl, LongSupplier nanoTime) {
    this.identity = identity;
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The user's groups when the password is right; empty when it is not. */
  Optional<Set<String>> groupsOf(String userId, String password) {
    String key = Sha256.hex((userId + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
    long now = nanoTime.getAsLong();
    Remembered known = remembered.get(key);
    if (known != null && now - known.checkedAt() < ttlNanos) {
      return Optional.of(known.groups());
    }
    if (!identity.checkPassword(userId, password)) {
      remembered.remove(key);
      return Optional.empty();
    }
    Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toUnmodifiableSet());
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(key, new Remembered(groups, now));
    return Optional.of(groups);
  }

  private record Remembered(Set<String> groups, long checkedAt) {}
}
