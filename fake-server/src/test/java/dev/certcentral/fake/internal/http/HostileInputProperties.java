package dev.certcentral.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.Internals;
import dev.certcentral.fake.internal.state.AccountSnapshot;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Arbitrary bodies, headers, ids and paths never produce a 5xx, never leak a stack trace, and, when
 * refused, never change the fake's state.
 */
class HostileInputProperties {

  private static FakeCertCentral fake;
  private static Http http;
  private static OrderId issued;
  private static OrderId pending;

  @BeforeContainer
  static void start() {
    fake = FakeCertCentral.start();
    http = Http.of(fake);
    issued = fake.givenOrder(OrderStatus.ISSUED);
    pending = fake.givenOrder(OrderStatus.PENDING);
  }

  @AfterContainer
  static void stop() {
    fake.close();
  }

  @Property(tries = 250)
  void arbitraryBodiesOnEveryWriteRoute(
      @ForAll("writePaths") String path, @ForAll("bodies") String body) {
    List<AccountSnapshot> before = Internals.state(fake).snapshot();

    Http.Response response = http.put(path, fake.apiKey(), body);

    assertThat(response.status()).isLessThan(500);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    if (response.status() >= 400) {
      assertThat(Internals.state(fake).snapshot()).isEqualTo(before);
      assertThat(response.json()).containsKey("errors");
    } else {
      fake.reset();
      issued = fake.givenOrder(OrderStatus.ISSUED);
      pending = fake.givenOrder(OrderStatus.PENDING);
    }
  }

  @Property(tries = 250)
  void arbitraryPathsAndKeys(
      @ForAll("methods") String method, @ForAll("paths") String path, @ForAll("keys") String key) {
    List<AccountSnapshot> before = Internals.state(fake).snapshot();

    Http.Response response = http.send(method, "/services/v2" + path, key, null);

    assertThat(response.status()).isBetween(200, 499);
    if (response.status() >= 400) {
      assertThat(response.json()).containsKey("errors");
      assertThat(Internals.state(fake).snapshot()).isEqualTo(before);
    }
  }

  @Provide
  Arbitrary<String> writePaths() {
    return Arbitraries.of(
        "/order/certificate/" + issued + "/revoke",
        "/order/certificate/" + pending + "/status",
        "/order/certificate/" + issued + "/status",
        "/request/" + 5001 + "/status");
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> fieldNames =
        Arbitraries.of(
            "comments", "comment", "note", "status", "skip_approval", "processor_comment");
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(HostileInputProperties::quoted),
            Arbitraries.of(
                "true",
                "false",
                "null",
                "0",
                "-1",
                "1e309",
                "[]",
                "{}",
                "\"CANCELED\"",
                "\"approved\"",
                "\"\""));
    Arbitrary<String> objects =
        Combinators.combine(fieldNames, values, fieldNames, values)
            .as((k1, v1, k2, v2) -> "{\"" + k1 + "\": " + v1 + ", \"" + k2 + "\": " + v2 + "}");
    Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.oneOf(objects, garbage, Arbitraries.of("", "{", "[", "{\"a\":", "\u0000"));
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "PUT", "POST", "DELETE", "PATCH");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> ids =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-5, 2_000_000).map(String::valueOf),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5),
            Arbitraries.of("%20", "..", "1.0", "00", "9999999999999999999999"));
    return Arbitraries.oneOf(
        ids.map(id -> "/order/certificate/" + id),
        ids.map(id -> "/order/certificate/" + id + "/validation"),
        ids.map(id -> "/order/certificate/" + id + "/status"),
        ids.map(id -> "/request/" + id),
        ids.map(id -> "/request/" + id + "/status"),
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10).map(s -> "/" + s));
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.oneOf(
        Arbitraries.just(FakeCertCentral.DEFAULT_API_KEY),
        Arbitraries.strings().withCharRange('!', '~').ofMaxLength(30));
  }

  private static String quoted(String raw) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : raw.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
