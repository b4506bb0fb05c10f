package org.certamen.server.exam.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The question ids candidates see. A bank's item id names the competence, the skill and sometimes
 * the answer ({@code rec-2.1-netiquette-3}), so a candidate gets it encrypted for their own exam:
 * AES-GCM with a synthetic nonce (an HMAC of the exam and the item, as AES-SIV does), so the same
 * question keeps the same id for one candidate, differs between candidates, and comes back to the
 * item id without any state. The keys derive from a secret that servers sharing a store share (the
 * staff token), so any of them reads the ids another issued.
 */
public final class QuestionIds {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  /** Item ids are padded to a multiple of this, so an id's length tells little of the item's. */
  private static final int PADDING_BYTES = 32;
  private static final int MAX_ID_CHARS = 400;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec nonceKey;

  private QuestionIds(byte[] encryptionKey, byte[] nonceKey) {
    this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
    this.nonceKey = new SecretKeySpec(nonceKey, "HmacSHA256");
  }

  /** Ids keyed by a secret shared by every server of the store. */
  public static QuestionIds keyedBy(String secret) {
    SecretKeySpec master = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    return new QuestionIds(hmac(master, "certamen question ids: encryption"),
        hmac(master, "certamen question ids: nonce"));
  }

  /** The id one candidate sees for an item. */
  public String opaque(String sessionId, String candidateId, String itemId) {
    byte[] nonce = Arrays.copyOf(hmac(nonceKey, scope(sessionId, candidateId) + itemId), NONCE_BYTES);
    byte[] item = itemId.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(item, (item.length / PADDING_BYTES + 1) * PADDING_BYTES);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
      byte[] sealed = cipher.doFinal(padded);
      return ENCODER.encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
          .put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from the JDK", e);
    }
  }

  /** The item behind an id this candidate was given; empty for any other text. */
  public Optional<String> itemId(String sessionId, String candidateId, String opaque) {
    return itemId(opaque).filter(item -> opaque(sessionId, candidateId, item).equals(opaque));
  }

  /** The item behind an id issued to any candidate (for tools and tests); empty for other text. */
  public Optional<String> itemId(String opaque) {
    if (opaque.length() > MAX_ID_CHARS) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(opaque);
      if (bytes.length <= NONCE_BYTES) {
        return Optional.empty();
      }
      byte[] padded = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES))
          .doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      int end = padded.length;
      while (end > 0 && padded[end - 1] == 0) {
        end--;
      }
      return Optional.of(new String(padded, 0, end, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
      return Optional.empty();
    }
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  /** Session and candidate ids hold no NUL, so this joins them without ambiguity. */
  private static String scope(String sessionId, String candidateId) {
    return sessionId + '\0' + candidateId + '\0';
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from the JDK", e);
    }
  }
}
