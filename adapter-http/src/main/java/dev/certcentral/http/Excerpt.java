package dev.certcentral.http;

/** The short, printable start of a body that goes into an exception, never the API key. */
final class Excerpt {

  static final int MAX_CHARS = 200;

  private Excerpt() {}

  static String of(String body, String apiKey) {
    String start = body.length() <= MAX_CHARS ? body : body.substring(0, MAX_CHARS) + "…";
    StringBuilder printable = new StringBuilder(start.length());
    for (int i = 0; i < start.length(); i++) {
      char c = start.charAt(i);
      printable.append(Character.isISOControl(c) ? ' ' : c);
    }
    String text = printable.toString();
    // A proxy that echoes request headers must not make the key end up in a log.
    return apiKey.isEmpty() ? text : text.replace(apiKey, "<redacted>");
  }
}
