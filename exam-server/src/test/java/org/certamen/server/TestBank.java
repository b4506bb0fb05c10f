package org.certamen.server;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.exam.http.QuestionIds;

/**
 * A bank of 12 items in each of the 16 CRCN competences, the four types in turn, written in the
 * engine's file format. Every solution text holds {@link #SECRET} so that a leak is easy to spot.
 * Every other item declares a site it needs ({@link #NEEDED_DOMAIN}). Every third item is not
 * accessible, leaving 8 accessible tubes per competence.
 */
public final class TestBank {
  public static final String SECRET = "zsecret";
  public static final int PER_COMPETENCE = 12;
  public static final String NEEDED_DOMAIN = "fr.wikipedia.org";

  private static final Map<String, Object> CORRECT = new HashMap<>();
  private static final JsonObject JSON = build();
  private static final ItemBank BANK = read();
  private static final TestDesign DESIGN = TestDesign.named(TestDesign.CERTAMEN, BANK);
  private static final QuestionIds QUESTION_IDS = QuestionIds.keyedBy(TestServer.STAFF_TOKEN);

  private TestBank() {
  }

  /** The bank file's text. */
  public static String json() {
    return JSON.encodePrettily();
  }

  /** One design shared by every test of the JVM, as a server process shares its design. */
  public static TestDesign design() {
    return DESIGN;
  }

  /** Every item id of the bank. */
  public static List<String> itemIds() {
    return BANK.items().stream().map(item -> item.id()).toList();
  }

  /**
   * A design on the first {@code perCompetence} items of each competence only: a bank that cannot
   * serve whole tests, as a server started with {@code --allow-short-bank} would run.
   */
  public static TestDesign shortDesign(int perCompetence) {
    Map<String, Integer> kept = new HashMap<>();
    ItemBank small = new ItemBank("test-short", BANK.framework(), BANK.items().stream()
        .filter(item -> kept.merge(item.competence(), 1, Integer::sum) <= perCompetence)
        .toList());
    return TestDesign.named(TestDesign.CERTAMEN, small);
  }

  /** True when the bank marks the item (a bank id, as stored) accessible. */
  public static boolean isAccessible(String itemId) {
    return BANK.find(itemId).orElseThrow().accessible();
  }

  /** The bank's item behind a question id a candidate of a {@link TestServer} was given. */
  public static String itemId(String questionId) {
    return QUESTION_IDS.itemId(questionId).orElseThrow(() ->
        new AssertionError("Not a question id the test server gave: " + questionId));
  }

  /** The sites the item behind a question id declares it needs. */
  public static List<String> allowedDomains(String questionId) {
    return BANK.find(itemId(questionId)).orElseThrow().allowedDomains();
  }

  /** The correct answer to a question, as the API takes it (a string or an object of fields). */
  public static Object correctValue(String questionId) {
    return CORRECT.get(itemId(questionId));
  }

  /** An answer that is surely wrong, of the right shape for the question. */
  public static Object wrongValue(String questionId) {
    Object correct = CORRECT.get(itemId(questionId));
    if (correct instanceof JsonObject fields) {
      JsonObject wrong = new JsonObject();
      fields.fieldNames().forEach(name -> wrong.put(name, "faux"));
      return wrong;
    }
    return ((String) correct).startsWith(SECRET) ? "faux" : "3";
  }

  private static JsonObject build() {
    SplittableRandom random = new SplittableRandom(7);
    JsonArray items = new JsonArray();
    int n = 0;
    for (Competence competence : CompetenceFramework.crcn().competences()) {
      for (int i = 0; i < PER_COMPETENCE; i++, n++) {
        String id = "rec" + competence.code().replace(".", "") + "x" + i;
        JsonObject item = new JsonObject()
            .put("id", id).put("competence", competence.code()).put("tube", id + "-tube")
            .put("skill", "@" + id + "-skill").put("level", 1 + i % 8)
            .put("discrimination", 0.8 + 1.2 * random.nextDouble())
            .put("difficulty", -3 + 6 * random.nextDouble())
            .put("accessible", i % 3 != 2);
        if (n % 2 == 0) {
          item.put("allowedDomains", new JsonArray(List.of(NEEDED_DOMAIN)));
        }
        switch (n % 4) {
          case 0 -> {
            item.put("type", "QCU").put("instruction", "Quelle est la bonne réponse (n° " + n + ") ?")
                .put("proposals", new JsonArray(List.of("Première", "Deuxième", "Troisième")))
                .put("solution", "2");
            CORRECT.put(id, "2");
          }
          case 1 -> {
            item.put("type", "QCM").put("instruction", "Cochez les bonnes réponses (n° " + n + ").")
                .put("proposals", new JsonArray(List.of("Un", "Deux", "Trois", "Quatre")))
                .put("solution", "1,3");
            CORRECT.put(id, "1,3");
          }
          case 2 -> {
            String answer = SECRET + "-" + id;
            item.put("type", "QROC").put("instruction", "Tapez le mot de passe (n° " + n + ").")
                .put("proposals", new JsonArray()).put("solution", answer + "|" + SECRET + "alt");
            CORRECT.put(id, answer);
          }
          default -> {
            JsonObject fields = new JsonObject().put("ville", SECRET + "ville" + i).put("pays", SECRET + "pays" + i);
            item.put("type", "QROCM").put("instruction", "Complétez la ville et le pays (n° " + n + ").")
                .put("proposals", new JsonArray(List.of("ville", "pays")))
                .put("solution", fields.encode());
            CORRECT.put(id, fields);
          }
        }
        items.add(item);
      }
    }
    return new JsonObject().put("version", "test-1").put("items", items);
  }

  private static ItemBank read() {
    try {
      return new BankReader(CompetenceFramework.crcn())
          .read(new ByteArrayInputStream(JSON.encode().getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
