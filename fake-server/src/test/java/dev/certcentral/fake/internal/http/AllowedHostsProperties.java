package dev.certcentral.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Which Host values pass the DNS-rebinding screen, for any name, literal and port. */
class AllowedHostsProperties {

  private final AllowedHosts hosts = AllowedHosts.of(List.of("fake.ci.internal"));

  @Property
  void everyIpv4LiteralIsAllowedWithOrWithoutAPort(
      @ForAll @IntRange(max = 255) int a,
      @ForAll @IntRange(max = 255) int b,
      @ForAll @IntRange(max = 255) int c,
      @ForAll @IntRange(max = 255) int d,
      @ForAll("ports") String port) {
    assertThat(hosts.allows(a + "." + b + "." + c + "." + d + port)).isTrue();
  }

  @Property
  void anyOtherNameIsRefusedInAnyCase(@ForAll("names") String name, @ForAll("ports") String port) {
    assertThat(hosts.allows(name + port)).isFalse();
    assertThat(hosts.allows(name.toUpperCase(Locale.ROOT) + port)).isFalse();
  }

  @Property
  void localhostItsSubdomainsAndTheAllowedNameAreAllowedInAnyCase(
      @ForAll("labels") String label, @ForAll("ports") String port) {
    assertThat(hosts.allows("LocalHost" + port)).isTrue();
    assertThat(hosts.allows(label + ".localhost" + port)).isTrue();
    assertThat(hosts.allows("Fake.CI.internal" + port)).isTrue();
  }

  @Provide
  Arbitrary<String> ports() {
    return Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.integers().between(1, 65535).map(p -> ":" + p));
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> dotted =
        Combinators.combine(labels(), labels(), Arbitraries.of("com", "io", "example", "nip.io"))
            .as((x, y, tld) -> x + "." + y + "." + tld);
    return Arbitraries.oneOf(dotted, labels())
        .filter(name -> !name.equals("localhost") && !name.endsWith(".localhost"))
        .filter(name -> !name.equals("fake.ci.internal"))
        .filter(name -> !name.matches("\\d{1,3}(\\.\\d{1,3}){3}"));
  }
}
