package org.certamen.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.certamen.server.Await;
import org.certamen.server.shared.PasswordHasher.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final Vertx vertx = Vertx.vertx();
  private final PasswordHasher hasher = PasswordHasher.create(vertx);

  @AfterEach
  void closeVertx() {
    Await.result(vertx.close());
  }

  @Test
  void storesAlgorithmCostSaltAndHash() {
    String stored = Await.result(hasher.hash("cheval correct agrafe"));
    assertThat(stored).matches("\\$pbkdf2-sha256\\$i=600000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}")
        .doesNotContain("cheval");
    assertThat(Await.result(hasher.hash("cheval correct agrafe"))).as("a fresh salt each time")
        .isNotEqualTo(stored);
    assertThat(Await.result(hasher.verify("cheval correct agrafe", stored)))
        .isEqualTo(new Verification(true, false));
    assertThat(Await.result(hasher.verify("cheval correct agrafé", stored)).matches()).isFalse();
  }

  @Test
  void derivesTheReferenceVectorOfRfc7914() {
    // RFC 7914 §11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1 (first 32 bytes).
    assertThat(HexFormat.of().formatHex(PasswordHasher.pbkdf2("passwd",
        "salt".getBytes(StandardCharsets.US_ASCII), 1)))
        .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  }

  @Test
  void verifiesTheFormerSaltedSha256AndAsksToHashAgain() {
    String former = PasswordHash.of("ancien mot de passe");
    assertThat(Await.result(hasher.verify("ancien mot de passe", former)))
        .isEqualTo(new Verification(true, true));
    assertThat(Await.result(hasher.verify("autre mot de passe", former)).matches()).isFalse();
  }

  @Test
  void asksToHashAgainBelowTheCurrentCost() {
    byte[] salt = new byte[16];
    String cheap = PasswordHasher.format(1000, salt, PasswordHasher.pbkdf2("mot de passe", salt, 1000));
    assertThat(Await.result(hasher.verify("mot de passe", cheap)))
        .isEqualTo(new Verification(true, true));
  }

  @Test
  void neverMatchesAMissingOrUnreadableHash() {
    assertThat(Await.result(hasher.verify("mot de passe", null)).matches()).isFalse();
    assertThat(Await.result(hasher.verify("mot de passe", "garbage")).matches()).isFalse();
    assertThat(Await.result(hasher.verify("mot de passe", "$pbkdf2-sha256$i=x$a$b")).matches())
        .isFalse();
  }

  @Test
  void leavesTheEventLoopFreeWhileHashing() {
    Promise<Boolean> timerFiredFirst = Promise.promise();
    vertx.runOnContext(ignored -> {
      Future<String> hashing = hasher.hash("mot de passe");
      // A 600,000-iteration hash takes hundreds of milliseconds: run on this thread, it would
      // complete before the event loop could fire a 1 ms timer.
      vertx.setTimer(1, id -> timerFiredFirst.complete(!hashing.isComplete()));
    });
    assertThat(Await.result(timerFiredFirst.future())).isTrue();
  }
}
