package org.certamen.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageFrameTest {
  private final PageFrame frame = new PageFrame(
      "<html>\n<head>\n<!-- head -->\n</head>\n<body>\n<a>skip</a>\n<!-- body -->\n</body>\n");

  @Test
  void aPageGoesInTheFrameHeadThenBody() {
    assertThat(frame.frame("<title>T</title>\n<!-- body -->\n<main>M</main>\n").toString())
        .isEqualTo("<html>\n<head>\n<title>T</title>\n</head>\n<body>\n<a>skip</a>\n<main>M</main>\n"
            + "</body>\n");
  }

  @Test
  void aPageWithoutItsBodyLineIsRefused() {
    assertThatThrownBy(() -> frame.frame("<title>T</title>\n<main>M</main>\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
