package org.certamen.server.exam.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {
  private static final String ITEM = "rec-2.1-netiquette-3";
  private final QuestionIds ids = QuestionIds.keyedBy("shared-secret");

  @Test
  void anIdNamesNeitherTheItemNorItsCompetence() {
    String opaque = ids.opaque("123456", "cand0001", ITEM);
    assertThat(opaque).doesNotContain("rec", "2.1", "netiquette").matches("[A-Za-z0-9_-]+");
  }

  @Test
  void anIdIsStableForOneCandidateAndReadBackByAnyServerSharingTheSecret() {
    String opaque = ids.opaque("123456", "cand0001", ITEM);
    assertThat(ids.opaque("123456", "cand0001", ITEM)).isEqualTo(opaque);
    assertThat(QuestionIds.keyedBy("shared-secret").itemId("123456", "cand0001", opaque))
        .contains(ITEM);
  }

  @Test
  void idsIssuedBeforeKeepTheirValue() {
    // Made by the first implementation: candidates in progress hold ids like it.
    String issued = "c3DorLGXT3U5Gyt3FYC4j5UZVrPXgDAhoehidftlYYpI-86sAVrYw-d2EprLwl8sHVyGypz-DMHMEezv";
    assertThat(ids.opaque("123456", "cand0001", ITEM)).isEqualTo(issued);
    assertThat(ids.itemId("123456", "cand0001", issued)).contains(ITEM);
  }

  @Test
  void anIdIsTheSameWhenAskedAgainInARow() {
    String first = ids.opaque("123456", "cand0001", ITEM);
    assertThat(ids.itemId("123456", "cand0001", first)).contains(ITEM);
    assertThat(ids.opaque("123456", "cand0002", ITEM)).isNotEqualTo(first);
    assertThat(ids.opaque("123456", "cand0001", ITEM)).isEqualTo(first);
    assertThat(ids.opaque("123456", "cand0001", ITEM)).isEqualTo(first);
  }

  @Test
  void eachCandidateGetsTheirOwnIdAndCannotUseAnothersOne() {
    String mine = ids.opaque("123456", "cand0001", ITEM);
    String theirs = ids.opaque("123456", "cand0002", ITEM);
    assertThat(theirs).isNotEqualTo(mine);
    assertThat(ids.itemId("123456", "cand0001", theirs)).isEmpty();
    assertThat(ids.itemId("654321", "cand0001", mine)).isEmpty();
  }

  @Test
  void idsOfSimilarLengthItemsHaveOneLength() {
    assertThat(ids.opaque("123456", "c", "a")).hasSameSizeAs(ids.opaque("123456", "c", ITEM));
  }

  @Test
  void textThatIsNoIdOfOursNamesNoItem() {
    String opaque = ids.opaque("123456", "cand0001", ITEM);
    assertThat(QuestionIds.keyedBy("another-secret").itemId("123456", "cand0001", opaque)).isEmpty();
    String tampered = (opaque.charAt(20) == 'A' ? 'B' : 'A') + "";
    assertThat(ids.itemId("123456", "cand0001",
        opaque.substring(0, 20) + tampered + opaque.substring(21))).isEmpty();
    assertThat(ids.itemId("123456", "cand0001", ITEM)).isEmpty();
    assertThat(ids.itemId("123456", "cand0001", "%%%")).isEmpty();
    assertThat(ids.itemId("123456", "cand0001", "")).isEmpty();
    assertThat(ids.itemId("123456", "cand0001", "A".repeat(5000))).isEmpty();
  }
}
