package dev.certcentral.cli;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** One CLI run in-process with captured output. */
record Run(int exitCode, String out, String err) {

  static Run of(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CertCentralCli.execute(env, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run of(String... args) {
    return of(Map.of(), args);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> json() {
    try {
      return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
