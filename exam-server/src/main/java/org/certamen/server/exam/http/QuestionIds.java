package org.certamen.server.exam.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
  /** Cipher and MAC objects are costly to get and not thread-safe: each thread keeps its own. */
  private final ThreadLocal<Primitives> primitives = ThreadLocal.withInitial(Primitives::new);

  private QuestionIds(byte[] encryptionKey, byte[] nonceKey) {
    this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
    this.nonceKey = new SecretKeySpec(nonceKey, "HmacSHA256");
  }

  /** Ids keyed by a secret shared by every server of the store. */
  public static QuestionIds keyedBy(String secret) {
    Mac master = mac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return new QuestionIds(
        master.doFinal("certamen question ids: encryption".getBytes(StandardCharsets.UTF_8)),
        master.doFinal("certamen question ids: nonce".getBytes(StandardCharsets.UTF_8)));
  }

  /** The id one candidate sees for an item. */
  public String opaque(String sessionId, String candidateId, String itemId) {
    return primitives.get().seal(sessionId, candidateId, itemId);
  }

  /**
   * The item behind an id this candidate was given; empty for any other text. The GCM tag proves
   * the id was sealed with our key; the nonce, an HMAC of this candidate's scope and the item,
   * proves it was sealed for this candidate.
   */
  public Optional<String> itemId(String sessionId, String candidateId, String opaque) {
    Primitives own = primitives.get();
    return own.open(opaque).filter(sealed -> MessageDigest.isEqual(sealed.nonce(),
        own.nonce(sessionId, candidateId, sealed.itemId()))).map(Sealed::itemId);
  }

  /** The item behind an id issued to any candidate (for tools and tests); empty for other text. */
  public Optional<String> itemId(String opaque) {
    return primitives.get().open(opaque).map(Sealed::itemId);
  }

  /** An id read back: its nonce and the item it seals. */
  private record Sealed(byte[] nonce, String itemId) {
  }

  /** One thread's cipher and MAC, initialised again for each id with the same keys. */
  private final class Primitives {
    private final Mac nonceMac = mac(nonceKey);
    private final Cipher encryption = aesGcm();
    private final Cipher decryption = aesGcm();
    /**
     * The last id sealed: GCM refuses to encrypt twice in a row under one nonce, and the same
     * nonce means the same item for the same candidate, hence the same id.
     */
    private byte[] lastNonce;
    private String lastId;

    String seal(String sessionId, String candidateId, String itemId) {
      byte[] nonce = nonce(sessionId, candidateId, itemId);
      if (Arrays.equals(nonce, lastNonce)) {
        return lastId;
      }
      byte[] item = itemId.getBytes(StandardCharsets.UTF_8);
      int paddedLength = (item.length / PADDING_BYTES + 1) * PADDING_BYTES;
      byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + paddedLength + TAG_BITS / 8);
      try {
        encryption.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
        encryption.doFinal(Arrays.copyOf(item, paddedLength), 0, paddedLength, sealed,
            NONCE_BYTES);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM refused an id", e);
      }
      lastNonce = nonce;
      lastId = ENCODER.encodeToString(sealed);
      return lastId;
    }

    Optional<Sealed> open(String opaque) {
      if (opaque.length() > MAX_ID_CHARS) {
        return Optional.empty();
      }
      try {
        byte[] bytes = Base64.getUrlDecoder().decode(opaque);
        if (bytes.length <= NONCE_BYTES) {
          return Optional.empty();
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        decryption.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
        byte[] padded = decryption.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        int end = padded.length;
        while (end > 0 && padded[end - 1] == 0) {
          end--;
        }
        return Optional.of(new Sealed(nonce, new String(padded, 0, end, StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
        return Optional.empty();
      }
    }

    /** Session and candidate ids hold no NUL, so the NULs join them without ambiguity. */
    byte[] nonce(String sessionId, String candidateId, String itemId) {
      nonceMac.update(sessionId.getBytes(StandardCharsets.UTF_8));
      nonceMac.update((byte) 0);
      nonceMac.update(candidateId.getBytes(StandardCharsets.UTF_8));
      nonceMac.update((byte) 0);
      nonceMac.update(itemId.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(nonceMac.doFinal(), NONCE_BYTES);
    }
  }

  private static Cipher aesGcm() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from the JDK", e);
    }
  }

  private static Mac mac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from the JDK", e);
    }
  }
}
