package dev.certcentral.http;

/** The short, printable start of a body that goes into an exception, never the API key. */
final class Excerpt {

  static final int MAX_CHARS = 200;

  private Excerpt() {}

  static String of(String body, KeyRedaction redaction) {
    // Redacted before it is cut: cutting first could leave the start of a key at the end.
    String text = redaction.redact(body);
    String start = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
    StringBuilder printable = new StringBuilder(start.length());
    for (int i = 0; i < start.length(); i++) {
      char c = start.charAt(i);
      printable.append(Character.isISOControl(c) ? ' ' : c);
    }
    return printable.toString();
  }
}
