package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The syntax of the names a certificate secures, checked once for placement and reissue. */
final class DnsNames {

  /** A host name, or a wildcard over one: labels of letters, digits and inner hyphens. */
  private static final Pattern NAME =
      Pattern.compile(
          "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private static final int MAX_LENGTH = 253;

  private DnsNames() {}

  /** The name in lower case (DNS names ignore case), or a typed refusal naming the field. */
  static String normalise(String field, String name) {
    String lower = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.length() > MAX_LENGTH || !NAME.matcher(lower).matches()) {
      throw InvalidRequestException.invalidParameter(field, "'" + name + "' is not a DNS name");
    }
    return lower;
  }

  /** Every name once, the common name first when there is one, in the order given. */
  static List<String> union(String commonName, List<String> others) {
    Set<String> names = new LinkedHashSet<>();
    if (!commonName.isEmpty()) {
      names.add(commonName);
    }
    for (String other : others) {
      names.add(other.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(new ArrayList<>(names));
  }
}
