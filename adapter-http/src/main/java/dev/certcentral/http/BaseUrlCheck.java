package dev.certcentral.http;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Decides whether a base URL may carry the key: an absolute http(s) URL, and plain {@code http}
 * only to this machine unless the builder's opt-in says otherwise.
 *
 * <p>"This machine" is decided from the URL's text alone, without a DNS lookup (a lookup could be
 * answered by anyone on the path, and would make {@code build()} slow or flaky): the name {@code
 * localhost} (reserved for loopback by RFC 6761), an IPv4 literal in 127.0.0.0/8 written as four
 * decimal numbers, or the IPv6 literal {@code ::1} in any spelling (OkHttp writes IPv6 literals in
 * their canonical form and IPv4-mapped ones as IPv4). Every other spelling, such as {@code 127.1}
 * or {@code 2130706433}, counts as remote: a false "remote" costs an explicit opt-in, a false
 * "loopback" would send the key in clear text.
 */
final class BaseUrlCheck {

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern LOOPBACK_V4 =
      Pattern.compile("127\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

  private BaseUrlCheck() {}

  /**
   * The URL as calls will use it (with a trailing slash), or empty after naming the problem.
   *
   * @param url what the user gave
   * @param problems collects what is wrong, each part starting with {@code "; "}
   */
  static String normalised(String url, StringBuilder problems) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
    if (parsed == null) {
      problems.append("; the base URL must be an absolute http(s) URL: ").append(url);
      return "";
    }
    String text = parsed.toString();
    return text.endsWith("/") ? text : text + "/";
  }

  /** Whether calls to this normalised URL would carry the key in clear text beyond loopback. */
  static boolean isPlainHttpBeyondLoopback(String url) {
    HttpUrl parsed = HttpUrl.get(url);
    return !parsed.isHttps() && !isLoopback(parsed.host());
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || LOOPBACK_V4.matcher(host).matches();
  }
}
