package dev.certcentral.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the OpenAPI 3 description of the covered CertCentral endpoints lives. The description is
 * plain YAML ({@code openapi/certcentral.yaml} in the repository), with its JSON rendering next to
 * it ({@code openapi/certcentral.json}, kept equal by a test in openapi-check); this jar carries
 * both with no dependency, so a server can hand them to users' tools (Prism, Schemathesis, code
 * generators).
 */
public final class CertCentralOpenApi {

  /** The classpath resource holding the description. */
  public static final String RESOURCE = "/dev/certcentral/openapi/certcentral.yaml";

  /** The classpath resource holding the same description as JSON. */
  public static final String JSON_RESOURCE = "/dev/certcentral/openapi/certcentral.json";

  private CertCentralOpenApi() {}

  /**
   * The description's YAML text.
   *
   * @throws UncheckedIOException if the resource is missing from the classpath or unreadable
   */
  public static String yaml() {
    return read(RESOURCE);
  }

  /**
   * The description as JSON text: the same document as {@link #yaml()}.
   *
   * @throws UncheckedIOException if the resource is missing from the classpath or unreadable
   */
  public static String json() {
    return read(JSON_RESOURCE);
  }

  private static String read(String resource) {
    try (InputStream in = CertCentralOpenApi.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(resource + " is not on the classpath"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource + " failed", e);
    }
  }
}
