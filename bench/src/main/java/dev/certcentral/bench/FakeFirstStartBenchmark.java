package dev.certcentral.bench;

import dev.certcentral.fake.FakeCertCentral;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first in-process {@code FakeCertCentral.start()} of a fresh JVM, as the first test class of a
 * run pays it: Jetty, Javalin and the fake are loaded then. One shot per forked JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 15, jvmArgsAppend = "-XX:+UseSerialGC")
public class FakeFirstStartBenchmark {

  @Benchmark
  public int firstStartServeAndStop() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      return fake.port();
    }
  }
}
