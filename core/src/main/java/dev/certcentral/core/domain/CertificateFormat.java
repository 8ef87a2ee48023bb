package dev.certcentral.core.domain;

/**
 * The formats a certificate downloads in, with their content types and what each holds, from
 * DigiCert's glossary (https://dev.digicert.com/glossary/#certificate-formats). The glossary notes
 * that every returned certificate is PEM-encoded, so the PKCS#7 formats are PEM-armoured too and
 * the zip formats hold PEM files.
 */
public enum CertificateFormat implements WireValue {
  /** Zip of separate root, intermediate and end-entity files ({@code .crt}). */
  DEFAULT("default", Container.ZIP, true, true, ".crt"),
  /** Zip of separate intermediate and end-entity files ({@code .crt}). */
  APACHE("apache", Container.ZIP, true, false, ".crt"),
  /** Zip of separate root, intermediate and end-entity files ({@code .cer}). */
  DEFAULT_CER("default_cer", Container.ZIP, true, true, ".cer"),
  /**
   * Zip of separate root, intermediate and end-entity files ({@code .crt}, as the glossary says).
   */
  DEFAULT_PEM("default_pem", Container.ZIP, true, true, ".crt"),
  /** One PKCS#7 bundle of root, intermediate and end-entity ({@code .cer}). */
  CER("cer", Container.PKCS7, true, true, ".cer"),
  /** One PKCS#7 bundle of root, intermediate and end-entity ({@code .p7b}). */
  P7B("p7b", Container.PKCS7, true, true, ".p7b"),
  /** One PEM file: end-entity, intermediate, root ({@code .pem}). */
  PEM_ALL("pem_all", Container.PEM, true, true, ".pem"),
  /** One PEM file: end-entity and intermediate, the bundle a web server serves. */
  PEM_NOROOT("pem_noroot", Container.PEM, true, false, ".pem"),
  /**
   * One PEM file: end-entity and root. Not in the part of the glossary's table we could read, but
   * requested by public CertCentral clients.
   */
  PEM_NOINTERMEDIATE("pem_nointermediate", Container.PEM, false, true, ".pem"),
  /** A format this library does not know; downloads in it are refused. */
  UNKNOWN("unknown", Container.PEM, false, false, "");

  /** How a format packs its certificates. */
  public enum Container {
    /** Concatenated PEM certificates: {@code application/x-pem-file}. */
    PEM("application/x-pem-file"),
    /** A PEM-armoured PKCS#7 certs-only bundle: {@code application/x-pkcs7-certificates}. */
    PKCS7("application/x-pkcs7-certificates"),
    /** A zip of one PEM file per certificate: {@code application/zip}. */
    ZIP("application/zip");

    private final String contentType;

    Container(String contentType) {
      this.contentType = contentType;
    }

    /** The content type DigiCert answers with. */
    public String contentType() {
      return contentType;
    }
  }

  private final String value;
  private final Container container;
  private final boolean intermediate;
  private final boolean root;
  private final String fileExtension;

  CertificateFormat(
      String value, Container container, boolean intermediate, boolean root, String extension) {
    this.value = value;
    this.container = container;
    this.intermediate = intermediate;
    this.root = root;
    this.fileExtension = extension;
  }

  @Override
  public String value() {
    return value;
  }

  /** How the format packs its certificates. */
  public Container container() {
    return container;
  }

  /** The content type DigiCert answers with. */
  public String contentType() {
    return container.contentType();
  }

  /** Whether the download holds the intermediate. */
  public boolean includesIntermediate() {
    return intermediate;
  }

  /** Whether the download holds the root. */
  public boolean includesRoot() {
    return root;
  }

  /** The extension of the file, or of each file in a zip, such as {@code .crt}. */
  public String fileExtension() {
    return fileExtension;
  }

  /** Maps a raw format to a constant, {@link #UNKNOWN} when it is not known; never throws. */
  public static CertificateFormat fromValue(String raw) {
    return WireValue.fromValue(CertificateFormat.class, raw, UNKNOWN);
  }
}
