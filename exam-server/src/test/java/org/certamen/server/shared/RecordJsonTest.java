package org.certamen.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  enum Colour { DARK_RED }

  record Sample(String name, Instant at, LocalDate day, LocalTime time, Colour colour,
      Integer missing, int count, double rate, boolean ready, List<Integer> numbers,
      Map<String, Integer> levels) {
    boolean isDerived() {
      return true;
    }

    public boolean isPublic() {
      return true;
    }

    public String getComputed() {
      return "no";
    }
  }

  private static final Sample SAMPLE = new Sample("Zoé", Instant.parse("2026-06-01T08:30:00.123456Z"),
      LocalDate.of(2026, 6, 1), LocalTime.of(9, 0), Colour.DARK_RED, null, 3, 1.0, true,
      List.of(2, 5), Map.of("1.1", 4));

  @Test
  void writesTheComponentsInOrderWithTheSameTextAsTheirToString() {
    assertThat(RecordJson.encode(SAMPLE)).isEqualTo("{\"name\":\"Zoé\","
        + "\"at\":\"" + SAMPLE.at() + "\",\"day\":\"" + SAMPLE.day() + "\","
        + "\"time\":\"" + SAMPLE.time() + "\",\"colour\":\"DARK_RED\",\"missing\":null,"
        + "\"count\":3,\"rate\":1.0,\"ready\":true,\"numbers\":[2,5],\"levels\":{\"1.1\":4}}");
    assertThat(RecordJson.toJson(SAMPLE).encode()).isEqualTo(RecordJson.encode(SAMPLE));
  }

  @Test
  void writesTimesWithSecondsAndNanosAsTheirToStringDoes() {
    record Times(LocalTime time, Instant at) {
    }
    for (Times times : List.of(new Times(LocalTime.of(9, 0, 5), Instant.parse("2026-06-01T08:30:00Z")),
        new Times(LocalTime.of(23, 59, 59, 1000), Instant.ofEpochSecond(1, 1)))) {
      assertThat(RecordJson.toJson(times).getString("time")).isEqualTo(times.time().toString());
      assertThat(RecordJson.toJson(times).getString("at")).isEqualTo(times.at().toString());
    }
  }

  @Test
  void readsWhatItWroteIgnoringAddedFields() {
    String stored = RecordJson.toJson(SAMPLE).put("added", "x").encode();

    assertThat(RecordJson.decode(stored, Sample.class)).isEqualTo(SAMPLE);
    assertThat(RecordJson.fromJson(new JsonObject(stored), Sample.class)).isEqualTo(SAMPLE);
  }

  @Test
  void rejectsATextThatIsNoRecordAsVertxDoes() {
    assertThatThrownBy(() -> RecordJson.decode("{not json", Sample.class))
        .isInstanceOf(DecodeException.class);
  }
}
