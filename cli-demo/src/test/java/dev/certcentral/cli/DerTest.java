package dev.certcentral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The DER the CLI writes for its CSRs and reads from CRL distribution points. */
class DerTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void objectIdentifiersEncodeAsX690Says() {
    // ecdsa-with-SHA256 and commonName, as every certificate tool writes them.
    assertThat(HEX.formatHex(Der.oid("1.2.840.10045.4.3.2"))).isEqualTo("06082a8648ce3d040302");
    assertThat(HEX.formatHex(Der.oid("2.5.4.3"))).isEqualTo("0603550403");
  }

  @Test
  void longValuesTakeALongFormLength() {
    byte[] value = Der.utf8("x".repeat(300));

    assertThat(HEX.formatHex(value, 0, 4)).isEqualTo("0c82012c");
    assertThat(value).hasSize(304);
  }

  @Test
  void urisAreFoundInsideAnOctetStringAsAnExtensionWrapsThem() {
    byte[] uri = uriName("http://127.0.0.1:8080/crl/a.crl");
    // CRLDistributionPoints: SEQUENCE { DistributionPoint { [0] { [0] { GeneralName } } } }
    byte[] points = Der.sequence(Der.sequence(Der.context(0, Der.context(0, uri))));
    byte[] extensionValue = octetString(points);

    assertThat(Der.uris(extensionValue)).containsExactly("http://127.0.0.1:8080/crl/a.crl");
    assertThat(Der.uris(octetString("not DER at all".getBytes(StandardCharsets.US_ASCII))))
        .isEmpty();
  }

  @Test
  void malformedDerIsRefusedNotOverread() {
    assertThatThrownBy(() -> Der.uris(new byte[] {0x30, 0x05, 0x01}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Der.uris(new byte[] {0x30, (byte) 0x84, 1, 1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Der.uris(new byte[] {0x30, (byte) 0x80, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Der.uris(new byte[] {0x30}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] uriName(String uri) {
    byte[] text = uri.getBytes(StandardCharsets.US_ASCII);
    byte[] der = new byte[text.length + 2];
    der[0] = (byte) 0x86;
    der[1] = (byte) text.length;
    System.arraycopy(text, 0, der, 2, text.length);
    return der;
  }

  private static byte[] octetString(byte[] content) {
    byte[] der = new byte[content.length + 2];
    der[0] = 0x04;
    der[1] = (byte) content.length;
    System.arraycopy(content, 0, der, 2, content.length);
    return der;
  }
}
