package dev.certcentral.fake.internal.admin;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.KeySpec;
import dev.certcentral.fake.internal.http.JsonBody;
import java.io.IOException;
import java.util.Optional;

/**
 * A key to register in the control API's JSON ({@code POST /__fake/api-keys}, the preload file):
 * {@code {"key", "role", "account_id" | "new_account"}}. Read by the fake, written by the remote
 * control client.
 */
public final class KeySpecJson {

  private KeySpecJson() {}

  /**
   * Reads a spec; the key itself is required, the role is {@code administrator} unless given.
   *
   * @throws InvalidRequestException for a missing key, an unknown role, a non-positive account, or
   *     both an account and {@code new_account}
   */
  public static KeySpec read(JsonBody body) {
    String value = body.requiredString("key");
    String rawRole = body.string("role").orElse(KeyRole.ADMINISTRATOR.value());
    KeyRole role =
        KeyRole.fromValue(rawRole)
            .orElseThrow(
                () ->
                    InvalidRequestException.invalidParameter(
                        "role", "must be administrator, user or view_only"));
    Optional<Long> accountId = body.integer("account_id");
    if (accountId.isPresent() && accountId.get() <= 0) {
      throw InvalidRequestException.invalidParameter("account_id", "must be positive");
    }
    boolean newAccount = body.flag("new_account");
    if (newAccount && accountId.isPresent()) {
      throw InvalidRequestException.invalidParameter(
          "new_account", "give either new_account or account_id");
    }
    KeySpec spec = KeySpec.role(role).value(value);
    if (newAccount) {
      return spec.newAccount();
    }
    return accountId.map(spec::inAccount).orElse(spec);
  }

  /** Writes a spec whose value is {@code value} as {@link #read} reads it. */
  public static void write(JsonWriter json, KeySpec spec, String value) throws IOException {
    json.beginObject();
    json.name("key").value(value);
    json.name("role").value(spec.role().value());
    if (spec.accountId().isPresent()) {
      json.name("account_id").value(spec.accountId().get());
    }
    if (spec.isNewAccount()) {
      json.name("new_account").value(true);
    }
    json.endObject();
  }
}
