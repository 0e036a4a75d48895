package com.pointsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A login is checked by the engine once per TTL; a wrong password always is. */
class VerifiedLoginsTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final AtomicLong now = new AtomicLong();
  private final VerifiedLogins logins = new VerifiedLogins(identity, Duration.ofSeconds(30),
      now::get);

  @BeforeEach
  void intakeIsAChannelIntegration() {
    when(identity.checkPassword("intake", "intake")).thenReturn(true);
    Group group = mock(Group.class);
    when(group.getId()).thenReturn(Groups.CHANNEL_INTEGRATIONS);
    when(identity.createGroupQuery().groupMember("intake").list()).thenReturn(List.of(group));
  }

  @Test
  void aSuccessfulLoginIsRememberedUntilItsTtlRunsOut() {
    assertThat(logins.groupsOf("intake", "intake")).contains(Set.of(Groups.CHANNEL_INTEGRATIONS));
    now.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(logins.groupsOf("intake", "intake")).isPresent();
    verify(identity, times(1)).checkPassword("intake", "intake");

    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(logins.groupsOf("intake", "intake")).isPresent();
    verify(identity, times(2)).checkPassword("intake", "intake");
  }

  @Test
  void aWrongPasswordIsAlwaysCheckedByTheEngineAndNeverLetIn() {
    logins.groupsOf("intake", "intake");

    assertThat(logins.groupsOf("intake", "guess")).isEmpty();
    assertThat(logins.groupsOf("intake", "guess")).isEmpty();
    verify(identity, times(2)).checkPassword("intake", "guess");
  }
}
