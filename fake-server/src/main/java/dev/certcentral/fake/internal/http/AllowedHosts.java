package dev.certcentral.fake.internal.http;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code Host} names the fake answers to. A DNS rebinding attack needs a name the attacker
 * controls, so an address literal is always safe, and so are {@code localhost} and its subdomains,
 * which browsers resolve to loopback themselves. Any other name must be the one the fake was bound
 * to or one it was told to accept.
 */
public final class AllowedHosts {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9.-]+");
  // From the last colon on: the port, or what a name cannot hold and NAME then refuses.
  private static final Pattern PORT = Pattern.compile(":[^:]*$");

  private final Set<String> names;

  private AllowedHosts(Set<String> names) {
    this.names = names;
  }

  /** The loopback names and literals, plus these names (matched without case). */
  public static AllowedHosts of(Collection<String> names) {
    return new AllowedHosts(
        names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
  }

  /** Whether a {@code Host} header value (name or literal, with or without a port) is allowed. */
  public boolean allows(String hostHeader) {
    String value = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (value.startsWith("[")) {
      // An IPv6 literal, with or without a port: never a name DNS could rebind.
      return value.indexOf(']') > 1;
    }
    String host = PORT.matcher(value).replaceFirst("");
    if (IPV4.matcher(host).matches()) {
      return true;
    }
    if (!NAME.matcher(host).matches()) {
      return false;
    }
    return host.equals("localhost") || host.endsWith(".localhost") || names.contains(host);
  }
}
