package dev.certcentral.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.certcentral.core.domain.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding seed 002's processed request into core's {@link Request}: Moshi into the wire records,
 * then the mapping to the domain. In the adapter's package to reach its internals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {

  @Param("adapter-http/src/test/resources/seeds/request-approved.json")
  public String seed;

  private String json;
  private JsonAdapter<Wire.RequestDto> adapter;

  @Setup
  public void load() throws IOException {
    json = Files.readString(Path.of(seed));
    adapter = new Moshi.Builder().add(new IdTextAdapter()).build().adapter(Wire.RequestDto.class);
  }

  @Benchmark
  public Request seed002Request() throws IOException {
    return DomainMapping.request(adapter.fromJson(json), Optional.empty());
  }
}
