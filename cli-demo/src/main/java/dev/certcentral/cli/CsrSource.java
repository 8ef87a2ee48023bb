package dev.certcentral.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where the CSR of a placement or a reissue comes from: a file the user made ({@code --csr}), or a
 * key the CLI makes and writes to a file the user names ({@code --generate-key}). Both are checked
 * before any call; the new key is written before the call, so a placed order never lacks its key.
 */
final class CsrSource {

  private final CommandSpec spec;
  private final Path csrFile;
  private final Path keyFile;

  private CsrSource(CommandSpec spec, Path csrFile, Path keyFile) {
    this.spec = spec;
    this.csrFile = csrFile;
    this.keyFile = keyFile;
  }

  /**
   * Exactly one of the two files, else a usage error; an existing key file is refused, since it may
   * hold a key.
   */
  static CsrSource of(CommandSpec spec, Path csrFile, Path keyFile) {
    if ((csrFile == null) == (keyFile == null)) {
      throw new ParameterException(
          spec.commandLine(), "give either --csr FILE or --generate-key KEY_FILE");
    }
    if (keyFile != null && Files.exists(keyFile)) {
      throw new ParameterException(
          spec.commandLine(), keyFile + " exists; --generate-key never overwrites a file");
    }
    return new CsrSource(spec, csrFile, keyFile);
  }

  /**
   * The CSR's PEM text: the file's, or a new key's, whose subject is {@code commonName} and whose
   * private key goes to the key file (its path, never the key, is said on {@code err}).
   */
  String csr(String commonName, PrintWriter err) {
    if (csrFile != null) {
      try {
        return Files.readString(csrFile, StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "cannot read the CSR file " + csrFile);
      }
    }
    GeneratedKey key = GeneratedKey.forCommonName(commonName);
    try {
      key.writePrivateKey(keyFile);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot write the new key to " + keyFile + ": " + e.getMessage());
    }
    err.println("new EC P-256 private key written to " + keyFile + " (owner-only)");
    err.flush();
    return key.csrPem();
  }
}
