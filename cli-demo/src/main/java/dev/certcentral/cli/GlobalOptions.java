package dev.certcentral.cli;

import dev.certcentral.http.Region;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Connection and output options every command takes. */
final class GlobalOptions {

  /** How results are printed. */
  enum Format {
    table,
    json
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--base-url",
      scope = ScopeType.INHERIT,
      description = "CertCentral's base URL (or DIGICERT_BASE_URL), e.g. a fake server's.")
  String baseUrl;

  @Option(
      names = "--region",
      scope = ScopeType.INHERIT,
      description = "us or eu, when no base URL is given.",
      converter = RegionConverter.class)
  Region region;

  @Option(
      names = "--api-key-file",
      scope = ScopeType.INHERIT,
      description = "A file holding the API key (else DIGICERT_API_KEY).")
  Path apiKeyFile;

  @Option(
      names = {"-o", "--output"},
      scope = ScopeType.INHERIT,
      defaultValue = "table",
      description = "table (default) or json.")
  Format output = Format.table;

  @Option(
      names = "--retries",
      scope = ScopeType.INHERIT,
      defaultValue = "3",
      description = "Retries after 429/503/connection refused (default 3; 0 for none).")
  int retries = 3;

  /** Reads {@code us} / {@code eu} in any case. */
  static final class RegionConverter implements picocli.CommandLine.ITypeConverter<Region> {
    @Override
    public Region convert(String value) {
      return Region.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
