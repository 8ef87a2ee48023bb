package dev.certcentral.fake;

/**
 * Tells Jetty how many references fill a cache line before it asks JMX. Jetty pads its hot counters
 * to a cache line and, unless told, asks the platform MBean server whether references are
 * compressed: starting JMX was ~90 ms of a ~700 ms standalone start, and the first in-process start
 * of a test run pays it too. The JVM compresses references below a 32 GiB heap; a wrong guess
 * (references uncompressed by flag) only pads more than needed.
 */
final class JettyPadding {

  static final String PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final int CACHE_LINE_BYTES = 64;

  private JettyPadding() {}

  /** Sets Jetty's property unless someone already has; before Jetty's first server starts. */
  static void presetWithoutJmx() {
    if (System.getProperty(PROPERTY) == null) {
      int referenceBytes = Runtime.getRuntime().maxMemory() < (32L << 30) ? 4 : 8;
      System.setProperty(PROPERTY, String.valueOf(CACHE_LINE_BYTES / referenceBytes));
    }
  }
}
