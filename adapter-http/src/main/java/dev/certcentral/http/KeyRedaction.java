package dev.certcentral.http;

import dev.certcentral.core.domain.error.CertCentralException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the API key out of text an answer brought in, before that text reaches an exception
 * message, a log line or a {@code toString()}: a proxy or an error page may echo the request's
 * headers, and CertCentral may quote the key it refused.
 *
 * <p>The key is found verbatim and also with any of its characters written as a JSON escape ({@code
 * \u0041}, {@code \/}) or a URL escape ({@code %41}), the forms a body or a {@code Location} header
 * would carry it in. A partial echo (only the key's first characters) is not recognised.
 */
final class KeyRedaction {

  static final String MARK = "<redacted>";

  private final Pattern key;

  /**
   * Prepares the search for one key.
   *
   * @param apiKey printable ASCII without spaces, as {@code build()} ensures
   */
  KeyRedaction(String apiKey) {
    StringBuilder regex = new StringBuilder();
    for (char c : apiKey.toCharArray()) {
      String hex = String.format("%02x", (int) c);
      regex.append("(?:").append(Pattern.quote(String.valueOf(c)));
      regex.append("|(?i:\\\\u00").append(hex).append("|%").append(hex).append(')');
      if (c == '/') {
        regex.append("|\\\\/");
      }
      regex.append(')');
    }
    this.key = Pattern.compile(regex.toString());
  }

  /** The text with every occurrence of the key replaced by {@value #MARK}. */
  String redact(String text) {
    return key.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
  }

  /**
   * The failure itself when no message in its chain holds the key; otherwise a copy of the chain
   * with the key redacted, each link named after the original's class and keeping its stack.
   * Parsers quote the values they refuse, and a log prints every message of a chain.
   */
  Throwable scrub(Throwable failure) {
    if (failure == null || !mentionsKey(failure)) {
      return failure;
    }
    CertCentralException copy =
        new CertCentralException(
            failure.getClass().getName() + ": " + redact(String.valueOf(failure.getMessage())),
            0,
            List.of(),
            scrub(failure.getCause()));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  private boolean mentionsKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && key.matcher(t.getMessage()).find()) {
        return true;
      }
    }
    return false;
  }
}
