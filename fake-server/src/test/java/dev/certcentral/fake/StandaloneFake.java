package dev.certcentral.fake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standalone entry point as a real process, stopped (forcibly if need be) on close. */
final class StandaloneFake implements AutoCloseable {

  private static final Pattern READY =
      Pattern.compile("CertCentral fake listening on (http://([^:/]+):(\\d+))/services/v2");

  private final Process process;
  private final Path stderr;
  private final Matcher ready;

  private StandaloneFake(Process process, Path stderr, Matcher ready) {
    this.process = process;
    this.stderr = stderr;
    this.ready = ready;
  }

  /**
   * Starts {@link FakeCertCentralMain} with the JVM flags and options; waits for the ready line.
   */
  static StandaloneFake start(Path dir, List<String> jvmFlags, List<String> options)
      throws IOException {
    return run(
        dir,
        jvmFlags,
        List.of("-cp", System.getProperty("java.class.path"), FakeCertCentralMain.class.getName()),
        options);
  }

  /** Starts the standalone jar itself ({@code java -jar}), as users run it. */
  static StandaloneFake startJar(Path dir, Path jar, List<String> jvmFlags, List<String> options)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError("no standalone jar at " + jar + "; `mvn package` builds it");
    }
    return run(dir, jvmFlags, List.of("-jar", jar.toString()), options);
  }

  private static StandaloneFake run(
      Path dir, List<String> jvmFlags, List<String> main, List<String> options) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(main);
    command.addAll(options);
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher candidate = READY.matcher(line);
      if (candidate.find()) {
        return new StandaloneFake(process, stderr, candidate);
      }
    }
    process.destroyForcibly();
    throw new AssertionError("no ready line; stderr: " + Files.readString(stderr));
  }

  /** The URL the ready line names, without the API path. */
  String printedRoot() {
    return ready.group(1);
  }

  /** The host the ready line names. */
  String printedHost() {
    return ready.group(2);
  }

  /** The port the fake listens on. */
  int port() {
    return Integer.parseInt(ready.group(3));
  }

  /** What the process wrote to stderr so far. */
  String stderr() throws IOException {
    return Files.readString(stderr);
  }

  /** Sends SIGTERM and waits up to 20 s; returns the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the fake did not stop on SIGTERM");
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
