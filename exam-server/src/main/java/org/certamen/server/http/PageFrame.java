package org.certamen.server.http;

import io.vertx.core.buffer.Buffer;

/**
 * What every page has, written once in {@code /pages/frame.html}: the doctype, the French
 * language, the charset and viewport, the skip link as the first thing a keyboard reaches, and
 * the notice shown without JavaScript. A page's {@code index.html} holds only its own head
 * (title, style sheet, module) and body, parted by a {@code <!-- body -->} line; the server
 * serves the two framed.
 */
final class PageFrame {
  private static final String HEAD = "<!-- head -->\n";
  private static final String BODY = "<!-- body -->\n";

  private final String frame;

  PageFrame(String frame) {
    if (!frame.contains(HEAD) || !frame.contains(BODY)) {
      throw new IllegalArgumentException("The frame has no " + HEAD.strip() + " or " + BODY.strip());
    }
    this.frame = frame;
  }

  /** The whole page, from a page file of its head, a {@code <!-- body -->} line and its body. */
  Buffer frame(String page) {
    int body = page.indexOf(BODY);
    if (body < 0) {
      throw new IllegalArgumentException("The page has no " + BODY.strip() + " line");
    }
    return Buffer.buffer(frame.replace(HEAD, page.substring(0, body))
        .replace(BODY, page.substring(body + BODY.length())));
  }
}
