package dev.certcentral.core.service;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import dev.certcentral.core.port.in.DownloadCertificateUseCase;
import dev.certcentral.core.port.out.CertificatePort;
import java.util.Objects;

/** Downloads certificates, by certificate or by order. */
public final class CertificateService implements DownloadCertificateUseCase {

  private final CertificatePort certificates;

  /** Creates the service over the port. */
  public CertificateService(CertificatePort certificates) {
    this.certificates = Objects.requireNonNull(certificates, "certificates");
  }

  @Override
  public CertificateDownload downloadCertificate(DownloadCertificateCommand command) {
    return command.certificateId().isPresent()
        ? certificates.downloadCertificate(command.certificateId().get(), command.format())
        : certificates.downloadCertificate(command.orderId().orElseThrow(), command.format());
  }
}
