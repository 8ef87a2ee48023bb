package dev.certcentral.fake.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.Internals;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.internal.state.Keys;
import org.junit.jupiter.api.Test;

/** The admin key store: no silent moves, bounded, reset to the keys the fake started with. */
class ApiKeysTest {

  @Test
  void addingAnExistingKeyWithAnotherRoleOrAccountIs409AndChangesNothing() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      Http http = Http.of(fake);
      long order = fake.givenOrder(OrderStatus.ISSUED).value();

      Http.Response demote =
          http.admin("POST", "/api-keys", "{\"key\": \"test-api-key\", \"role\": \"view_only\"}");
      Http.Response move =
          http.admin("POST", "/api-keys", "{\"key\": \"test-api-key\", \"account_id\": 7}");

      assertThat(demote.status()).isEqualTo(409);
      assertThat(demote.errorCode()).isEqualTo("api_key_exists");
      assertThat(move.status()).isEqualTo(409);
      assertThat(http.get("/order/certificate/" + order, fake.apiKey()).status()).isEqualTo(200);
      assertThat(Internals.state(fake).keys().find(fake.apiKey()).orElseThrow().role())
          .isEqualTo(KeyRole.ADMINISTRATOR);
    }
  }

  @Test
  void addingAKeyAgainUnchangedIsIdempotent() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      Http http = Http.of(fake);
      String body = "{\"key\": \"twice\", \"role\": \"user\"}";

      Http.Response first = http.admin("POST", "/api-keys", body);
      Http.Response second = http.admin("POST", "/api-keys", body);

      assertThat(first.status()).isEqualTo(201);
      assertThat(second.status()).isEqualTo(200);
      assertThat(second.json()).isEqualTo(first.json());
    }
  }

  @Test
  void keysWithoutAnAccountJoinTheDefaultAccountLikeOrdersDo() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      Http http = Http.of(fake);
      long order = fake.givenOrder(OrderStatus.ISSUED).value();

      Http.Response plain = http.admin("POST", "/api-keys", "{\"key\": \"plain\"}");
      Http.Response apart =
          http.admin("POST", "/api-keys", "{\"key\": \"apart\", \"new_account\": true}");

      assertThat(plain.json())
          .containsEntry("account_id", (double) FakeCertCentral.DEFAULT_ACCOUNT);
      assertThat(http.get("/order/certificate/" + order, "plain").status()).isEqualTo(200);
      assertThat(apart.json().get("account_id"))
          .isNotEqualTo((double) FakeCertCentral.DEFAULT_ACCOUNT);
      assertThat(http.get("/order/certificate/" + order, "apart").status()).isEqualTo(404);
      assertThat(
              http.admin(
                      "POST",
                      "/api-keys",
                      "{\"key\": \"k\", \"new_account\": true, \"account_id\": 3}")
                  .status())
          .isEqualTo(400);
    }
  }

  @Test
  void keysAreBoundedInSize() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      String huge = "k".repeat(Keys.MAX_KEY_LENGTH + 1);

      Http.Response refused =
          Http.of(fake).admin("POST", "/api-keys", "{\"key\": \"" + huge + "\"}");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.errorCode()).isEqualTo("invalid_param");
      assertThat(Internals.state(fake).keys().all()).hasSize(1);
    }
  }

  @Test
  void keysAreBoundedInNumber() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      Keys keys = Internals.state(fake).keys();
      int registered = keys.all().size();
      for (int i = registered; i < Keys.MAX_KEYS; i++) {
        keys.add("key-" + i, KeyRole.USER, FakeCertCentral.DEFAULT_ACCOUNT);
      }

      assertThatThrownBy(() -> keys.add("one-too-many", KeyRole.USER, 1))
          .isInstanceOf(CertCentralException.class)
          .hasMessageContaining(String.valueOf(Keys.MAX_KEYS));
      assertThat(Http.of(fake).admin("POST", "/api-keys", "{\"key\": \"over\"}").status())
          .isEqualTo(400);
      assertThat(keys.all()).hasSize(Keys.MAX_KEYS);
    }
  }

  @Test
  void resetForgetsAddedKeysAndKeepsTheStartKeys() {
    try (FakeCertCentral fake =
        FakeCertCentral.builder().apiKey("start-1").apiKey("start-2").start()) {
      Http http = Http.of(fake);
      http.admin("POST", "/api-keys", "{\"key\": \"added\"}");
      String inProcess = fake.newAccountKey(KeyRole.USER);

      assertThat(http.admin("POST", "/reset", null).status()).isEqualTo(204);

      assertThat(http.get("/request", "added").status()).isEqualTo(403);
      assertThat(http.get("/request", inProcess).status()).isEqualTo(403);
      assertThat(http.get("/request", "start-1").status()).isEqualTo(200);
      assertThat(http.get("/request", "start-2").status()).isEqualTo(200);
      assertThat(Internals.state(fake).keys().all()).hasSize(2);
      assertThat(
              http.admin("POST", "/api-keys", "{\"key\": \"added\", \"role\": \"user\"}").status())
          .as("the value is free again")
          .isEqualTo(201);
    }
  }
}
