package dev.certcentral.fake.internal.admin;

import dev.certcentral.fake.internal.control.AdminToken;
import dev.certcentral.fake.internal.http.CallRecorder;
import dev.certcentral.fake.internal.http.Responses;
import dev.certcentral.openapi.CertCentralOpenApi;
import io.javalin.config.JavalinConfig;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The OpenAPI description of the API the fake serves, for users' own tools (Prism, Schemathesis,
 * code generators, validators): {@code GET /__fake/openapi.yaml} as {@code application/yaml} (RFC
 * 9512) and {@code GET /__fake/openapi.json}, the same document as JSON. The description itself is
 * public, but it sits under {@code /__fake}, so it takes the admin token when the fake has one, as
 * every other read of the control API does: one rule for the whole prefix, and nothing under it
 * answers a stranger on a shared network.
 */
public final class DescriptionRoutes {

  /** The YAML's content type (RFC 9512). */
  public static final String YAML_CONTENT_TYPE = "application/yaml";

  private final AdminGuard guard;
  private final CallRecorder recorder;

  /** The description's routes; with a token, every call must carry it. */
  public DescriptionRoutes(Optional<AdminToken> token, CallRecorder recorder) {
    this.guard = new AdminGuard(token);
    this.recorder = recorder;
  }

  /** Adds {@code GET /__fake/openapi.yaml} and {@code GET /__fake/openapi.json}. */
  public void register(JavalinConfig config) {
    config.routes.get(
        AdminRoutes.BASE + "/openapi.yaml",
        recorder.recorded(
            guard.read(ctx -> Responses.bytes(ctx, 200, YAML_CONTENT_TYPE, Loaded.YAML))));
    config.routes.get(
        AdminRoutes.BASE + "/openapi.json",
        recorder.recorded(guard.read(ctx -> Responses.json(ctx, 200, Loaded.JSON))));
  }

  /** The two files, read from the description's jar on first use. */
  private static final class Loaded {
    static final byte[] YAML = CertCentralOpenApi.yaml().getBytes(StandardCharsets.UTF_8);
    static final byte[] JSON = CertCentralOpenApi.json().getBytes(StandardCharsets.UTF_8);
  }
}
