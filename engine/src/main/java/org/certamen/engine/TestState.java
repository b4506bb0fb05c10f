package org.certamen.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.certamen.engine.estimation.Prior;

/**
 * Everything needed to resume a test exactly: the seed, the responses in order, the item on screen,
 * after a neutralisation the competence its replacement must come from, the candidate's pool and
 * the prior the test was started with. Encoded as a compact JSON string for storage; a state
 * stored before the pool and prior existed reads as the standard pool and the design's prior.
 *
 * @param currentItemId the item on screen, or null when none is (finished, or not yet selected)
 * @param replacementCompetence competence code a neutralised item must be replaced from, or null
 * @param accessible true when only accessible items may be served
 * @param prior the prior frozen at the start, or null for the design's own
 */
public record TestState(
    @JsonProperty("s") long seed,
    @JsonProperty("r") List<Response> responses,
    @JsonProperty("c") String currentItemId,
    @JsonProperty("n") String replacementCompetence,
    @JsonProperty("a") boolean accessible,
    @JsonProperty("p") Prior prior) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public TestState {
    responses = List.copyOf(responses);
  }

  /** One shown item: how it ended, and whether it was neutralised (then it does not count). */
  public record Response(
      @JsonProperty("i") String itemId,
      @JsonProperty("o") Outcome outcome,
      @JsonProperty("x") boolean neutralised) {
  }

  public String encode() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @throws IllegalArgumentException when the text is not an encoded state */
  public static TestState decode(String encoded) {
    try {
      return JSON.readValue(encoded, TestState.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not an encoded test state", e);
    }
  }
}
