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

/** In-process {@code FakeCertCentral.start()} in a warm JVM, as a test class pays it. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class FakeStartBenchmark {

  @Benchmark
  public int startServeAndStop() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      return fake.port();
    }
  }
}
