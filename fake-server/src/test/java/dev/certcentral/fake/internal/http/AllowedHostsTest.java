package dev.certcentral.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The DNS-rebinding screen on examples: literals, loopback names, the allowed names, the rest. */
class AllowedHostsTest {

  private final AllowedHosts hosts = AllowedHosts.of(List.of("Fake.CI.internal"));

  @Test
  void addressLiteralsAreAllowedWithOrWithoutAPort() {
    assertThat(hosts.allows("127.0.0.1")).isTrue();
    assertThat(hosts.allows("10.1.2.3:8089")).isTrue();
    assertThat(hosts.allows("[::1]")).isTrue();
    assertThat(hosts.allows("[::1]:8089")).isTrue();
    assertThat(hosts.allows("[fe80::1%25eth0]:443")).isTrue();
  }

  @Test
  void anEmptyOrUnclosedIpv6LiteralIsRefused() {
    assertThat(hosts.allows("[]")).isFalse();
    assertThat(hosts.allows("[]:80")).isFalse();
    assertThat(hosts.allows("[::1")).isFalse();
  }

  @Test
  void localhostAndItsSubdomainsAreAllowedButNotNamesThatOnlyEndInIt() {
    assertThat(hosts.allows("localhost")).isTrue();
    assertThat(hosts.allows("LOCALHOST:8089")).isTrue();
    assertThat(hosts.allows(" api.localhost ")).isTrue();
    assertThat(hosts.allows("evillocalhost")).isFalse();
    assertThat(hosts.allows("localhost.evil.example")).isFalse();
  }

  @Test
  void theNamesGivenAreAllowedWithoutCaseAndNoOthers() {
    assertThat(hosts.allows("fake.ci.internal")).isTrue();
    assertThat(hosts.allows("FAKE.ci.Internal:443")).isTrue();
    assertThat(hosts.allows("other.ci.internal")).isFalse();
    assertThat(hosts.allows("ci.internal")).isFalse();
    assertThat(AllowedHosts.of(List.of()).allows("fake.ci.internal")).isFalse();
  }

  @Test
  void whatCannotBeAHostNameIsRefusedEvenIfGiven() {
    AllowedHosts odd = AllowedHosts.of(List.of("under_score.example", "a:b"));

    assertThat(odd.allows("under_score.example")).isFalse();
    assertThat(odd.allows("a:b:80")).isFalse();
    assertThat(hosts.allows("")).isFalse();
    assertThat(hosts.allows(":8089")).isFalse();
    assertThat(hosts.allows("fake.ci.internal/evil")).isFalse();
  }
}
