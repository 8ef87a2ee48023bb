package dev.certcentral.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The little DER (ITU-T X.690) the CLI writes and reads: enough to write a PKCS#10 request and to
 * read the URLs of a certificate's CRL distribution points. The JDK parses certificates and CRLs
 * but writes no CSR and exposes no extension's content, and BouncyCastle is the fake's CA's alone
 * (an ArchUnit rule says so), hence these few lines.
 */
final class Der {

  private static final int SEQUENCE = 0x30;
  private static final int SET = 0x31;
  private static final int INTEGER = 0x02;
  private static final int BIT_STRING = 0x03;
  private static final int OBJECT_IDENTIFIER = 0x06;
  private static final int UTF8_STRING = 0x0c;
  private static final int CONSTRUCTED = 0x20;

  /** GeneralName's {@code uniformResourceIdentifier}: context tag 6, primitive (RFC 5280). */
  private static final int URI_NAME = 0x86;

  private Der() {}

  static byte[] sequence(byte[]... parts) {
    return tlv(SEQUENCE, concat(parts));
  }

  static byte[] set(byte[]... parts) {
    return tlv(SET, concat(parts));
  }

  /** A constructed context-specific tag, {@code [number]}, around the parts. */
  static byte[] context(int number, byte[]... parts) {
    return tlv(0x80 | CONSTRUCTED | number, concat(parts));
  }

  static byte[] integer(int value) {
    if (value < 0 || value > 127) {
      throw new IllegalArgumentException("only small integers are written: " + value);
    }
    return tlv(INTEGER, new byte[] {(byte) value});
  }

  static byte[] utf8(String text) {
    return tlv(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A bit string with no unused bits. */
  static byte[] bitString(byte[] bits) {
    byte[] content = new byte[bits.length + 1];
    System.arraycopy(bits, 0, content, 1, bits.length);
    return tlv(BIT_STRING, content);
  }

  /** An object identifier in dotted form, such as {@code 2.5.4.3}. */
  static byte[] oid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
    for (int i = 2; i < arcs.length; i++) {
      long arc = Long.parseLong(arcs[i]);
      int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
      for (int g = groups - 1; g >= 0; g--) {
        out.write((int) ((arc >>> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
      }
    }
    return tlv(OBJECT_IDENTIFIER, out.toByteArray());
  }

  /**
   * Every {@code uniformResourceIdentifier} general name anywhere inside an encoded value, in
   * order: for the CRL distribution points extension, the CRLs' URLs.
   *
   * @throws IllegalArgumentException if the bytes are not well-formed DER
   */
  static List<String> uris(byte[] encoded) {
    List<String> found = new ArrayList<>();
    walk(encoded, 0, encoded.length, found);
    return found;
  }

  private static void walk(byte[] der, int from, int to, List<String> found) {
    int at = from;
    while (at < to) {
      int tag = der[at++] & 0xff;
      if (at >= to) {
        throw new IllegalArgumentException("DER ends inside a tag");
      }
      int length = der[at++] & 0xff;
      if (length > 0x80) {
        int octets = length & 0x7f;
        if (octets > 3 || at + octets > to) {
          throw new IllegalArgumentException("DER length out of range");
        }
        length = 0;
        for (int i = 0; i < octets; i++) {
          length = (length << 8) | (der[at++] & 0xff);
        }
      } else if (length == 0x80) {
        throw new IllegalArgumentException("indefinite lengths are not DER");
      }
      if (length > to - at) {
        throw new IllegalArgumentException("DER value runs past its container");
      }
      if (tag == URI_NAME) {
        found.add(new String(der, at, length, StandardCharsets.US_ASCII));
      } else if ((tag & CONSTRUCTED) != 0) {
        walk(der, at, at + length, found);
      } else if (tag == 0x04) {
        // An OCTET STRING that wraps DER, as every extension's value does: read into it when it
        // parses, else it is plain data.
        List<String> inner = new ArrayList<>();
        try {
          walk(der, at, at + length, inner);
          found.addAll(inner);
        } catch (IllegalArgumentException plainData) {
          // not DER inside: nothing to find
        }
      }
      at += length;
    }
  }

  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int octets = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | octets);
      for (int i = octets - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
