package dev.certcentral.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the OpenAPI 3 description of the covered CertCentral endpoints lives. The description is
 * plain YAML ({@code openapi/certcentral.yaml} in the repository); this jar carries it with no
 * dependency, so a server can hand it to users' tools (Prism, Schemathesis, code generators).
 */
public final class CertCentralOpenApi {

  /** The classpath resource holding the description. */
  public static final String RESOURCE = "/dev/certcentral/openapi/certcentral.yaml";

  private CertCentralOpenApi() {}

  /**
   * The description's YAML text.
   *
   * @throws UncheckedIOException if the resource is missing from the classpath or unreadable
   */
  public static String yaml() {
    try (InputStream in = CertCentralOpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(RESOURCE + " is not on the classpath"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
    }
  }
}
