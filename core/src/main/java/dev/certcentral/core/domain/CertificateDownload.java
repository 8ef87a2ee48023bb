package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A downloaded certificate: the bytes exactly as CertCentral sent them, their content type and the
 * format asked for, and the certificates inside parsed with the JDK.
 *
 * <p>The parse lives here rather than in the HTTP client because it needs nothing but {@code
 * java.security.cert} and {@code java.util.zip}, which core may use: every implementation of the
 * port (the HTTP client, the fake in process) then hands back the same value and the parse is
 * written and tested once. It is lazy, so a caller who only saves the bytes never pays for it.
 */
public final class CertificateDownload {

  /** A zip of certificates is small; this bounds what a hostile zip can make us inflate. */
  private static final int MAX_INFLATED_BYTES = 1 << 20;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final CertificateFormat format;
  private final String contentType;
  private final byte[] bytes;

  private CertificateDownload(CertificateFormat format, String contentType, byte[] bytes) {
    this.format = Objects.requireNonNull(format, "format");
    this.contentType = Objects.requireNonNullElse(contentType, "");
    this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  /** A download of {@code bytes} in {@code format}, as sent with {@code contentType}. */
  public static CertificateDownload of(CertificateFormat format, String contentType, byte[] bytes) {
    return new CertificateDownload(format, contentType, bytes);
  }

  /** The format asked for. */
  public CertificateFormat format() {
    return format;
  }

  /** The content type CertCentral sent, empty if none. */
  public String contentType() {
    return contentType;
  }

  /** A copy of the bytes as sent. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** How many bytes were sent. */
  public int size() {
    return bytes.length;
  }

  /**
   * The certificates inside, end-entity first and the root last: PEM and PKCS#7 bundles are read
   * with the JDK's {@link CertificateFactory}, a zip entry by entry.
   *
   * @throws UnexpectedResponseException if the bytes hold no readable certificate
   */
  public List<X509Certificate> certificates() {
    try {
      List<X509Certificate> found = new ArrayList<>();
      if (startsWith(bytes, ZIP_MAGIC)) {
        readZip(found);
      } else {
        read(new ByteArrayInputStream(bytes), found);
      }
      if (found.isEmpty()) {
        throw new CertificateException("no certificate found");
      }
      return chainOrder(found);
    } catch (CertificateException | IOException e) {
      throw new UnexpectedResponseException(
          "the " + format.value() + " download holds no readable certificate", excerpt(), e);
    }
  }

  private void readZip(List<X509Certificate> found) throws IOException, CertificateException {
    long inflated = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        byte[] content = readBounded(zip, MAX_INFLATED_BYTES - inflated);
        inflated += content.length;
        read(new ByteArrayInputStream(content), found);
      }
    }
  }

  private static byte[] readBounded(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + n > limit) {
        throw new IOException("the zip inflates beyond " + MAX_INFLATED_BYTES + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void read(InputStream in, List<X509Certificate> found)
      throws CertificateException {
    for (java.security.cert.Certificate certificate :
        CertificateFactory.getInstance("X.509").generateCertificates(in)) {
      found.add((X509Certificate) certificate);
    }
  }

  /**
   * End-entity first, then the CAs from the lowest path length up, so the root comes last: a PKCS#7
   * bundle is a set and need not keep the order. (Comparing names would need {@code javax}, which
   * core does not use; the path length says the same for every chain DigiCert serves.)
   */
  private static List<X509Certificate> chainOrder(List<X509Certificate> found) {
    List<X509Certificate> ordered = new ArrayList<>(found);
    ordered.sort(Comparator.comparingInt(X509Certificate::getBasicConstraints));
    return List.copyOf(ordered);
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }

  private String excerpt() {
    String text = new String(bytes, 0, Math.min(bytes.length, 60), StandardCharsets.ISO_8859_1);
    return text.replaceAll("[^\\x20-\\x7e]", ".");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CertificateDownload
        && format == ((CertificateDownload) other).format
        && contentType.equals(((CertificateDownload) other).contentType)
        && Arrays.equals(bytes, ((CertificateDownload) other).bytes);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(format, contentType) + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "CertificateDownload{format="
        + format.value()
        + ", content_type="
        + contentType
        + ", "
        + bytes.length
        + " bytes}";
  }
}
