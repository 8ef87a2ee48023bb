package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.CertificateDownload;

/** Download an issued certificate. */
public interface DownloadCertificateUseCase {

  /**
   * Downloads it.
   *
   * @return the bytes as sent, with their content type and the parsed chain on demand
   */
  CertificateDownload downloadCertificate(DownloadCertificateCommand command);
}
