package dev.certcentral.cli;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code certcentral certificates ...}: download issued certificates. */
@Command(
    name = "certificates",
    mixinStandardHelpOptions = true,
    description = "Download issued certificates.")
final class CertificatesCommand extends SessionCommand {

  @Command(
      name = "download",
      mixinStandardHelpOptions = true,
      description = {
        "Download a certificate, or an order's current one, in one of DigiCert's formats,",
        "save it and show the certificates inside."
      })
  int download(
      @Parameters(
              paramLabel = "ID",
              arity = "0..1",
              converter = IdConverters.Certificates.class,
              description = "Certificate id (or give --order).")
          CertificateId certificateId,
      @Option(
              names = "--order",
              paramLabel = "ORDER_ID",
              converter = IdConverters.Orders.class,
              description = "Instead of ID: the order whose current certificate to download.")
          OrderId orderId,
      @Option(
              names = "--format",
              defaultValue = "pem_all",
              converter = Formats.class,
              completionCandidates = Formats.class,
              description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
          CertificateFormat format,
      @Option(
              names = "--out",
              paramLabel = "FILE",
              required = true,
              description = "Where to save the bytes exactly as sent.")
          Path out) {
    if ((certificateId == null) == (orderId == null)) {
      throw new ParameterException(
          spec.commandLine(), "give either a certificate ID or --order ORDER_ID");
    }
    DownloadCertificateCommand command =
        certificateId != null
            ? DownloadCertificateCommand.of(certificateId, format)
            : DownloadCertificateCommand.ofOrder(orderId, format);
    return withSession(
        (client, printer) -> {
          CertificateDownload download = client.downloadCertificate(command);
          try {
            Files.write(out, download.bytes());
          } catch (IOException e) {
            throw new ParameterException(
                spec.commandLine(), "cannot write " + out + ": " + e.getMessage());
          }
          printer.download(download, out);
        });
  }

  /** Every format the library knows, by DigiCert's name; {@code unknown} is not one. */
  static final class Formats implements ITypeConverter<CertificateFormat>, Iterable<String> {
    @Override
    public CertificateFormat convert(String value) {
      CertificateFormat format = CertificateFormat.fromValue(value.toLowerCase(Locale.ROOT));
      if (format == CertificateFormat.UNKNOWN) {
        throw new TypeConversionException(
            "'" + value + "' is not a format; use one of " + String.join(", ", this));
      }
      return format;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(CertificateFormat.values())
          .filter(format -> format != CertificateFormat.UNKNOWN)
          .map(CertificateFormat::value)
          .iterator();
    }
  }
}
