package dev.certcentral.fake.internal.admin;

import dev.certcentral.fake.internal.control.Journal;
import dev.certcentral.fake.internal.control.JournalEntry;
import dev.certcentral.fake.internal.http.DigiCertJson;
import java.util.List;

/**
 * The journal in the control API's JSON ({@code GET /__fake/journal}): {@code {"total", "capacity",
 * "entries": [{"time", "method", "path", "status", "connection_dropped"?, "millis"}]}}, never a
 * header or a body.
 */
final class JournalJson {

  private JournalJson() {}

  static byte[] render(Journal journal) {
    List<JournalEntry> entries = journal.entries();
    long total = journal.totalRecorded();
    return DigiCertJson.bytes(
        json -> {
          json.beginObject();
          json.name("total").value(total);
          json.name("capacity").value(journal.capacity());
          json.name("entries").beginArray();
          for (JournalEntry entry : entries) {
            json.beginObject();
            json.name("time").value(DigiCertJson.timestamp(entry.time()));
            json.name("method").value(entry.method());
            json.name("path").value(entry.path());
            json.name("status").value(entry.status());
            if (!entry.answered()) {
              json.name("connection_dropped").value(true);
            }
            json.name("millis").value((Number) entry.millis());
            json.endObject();
          }
          json.endArray().endObject();
        });
  }
}
