package dev.certcentral.fake;

import java.util.Arrays;

/** A path as DigiCert's docs write it, where a segment in braces matches any one segment. */
final class PathTemplate {

  private static final String API_BASE = "/services/v2";

  private final String[] segments;

  private PathTemplate(String[] segments) {
    this.segments = segments;
  }

  static PathTemplate of(String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with /: " + path);
    }
    return new PathTemplate(path.substring(1).split("/", -1));
  }

  /** Whether a recorded path matches: under the API its part after {@code /services/v2}. */
  boolean matches(String recordedPath) {
    String path =
        recordedPath.startsWith(API_BASE + "/")
            ? recordedPath.substring(API_BASE.length())
            : recordedPath;
    String[] actual = path.substring(1).split("/", -1);
    if (actual.length != segments.length) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      boolean wildcard = segments[i].startsWith("{") && segments[i].endsWith("}");
      if (wildcard ? actual[i].isEmpty() : !segments[i].equals(actual[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "/" + String.join("/", Arrays.asList(segments));
  }
}
