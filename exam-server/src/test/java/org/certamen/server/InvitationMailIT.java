package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations mailed through an SMTP server: a tiny sink on loopback that keeps what it got. */
class InvitationMailIT {
  private final BlockingQueue<String> mails = new LinkedBlockingQueue<>();
  private ServerSocket sink;
  private Thread sinkThread;
  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    sink = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    sinkThread = new Thread(this::serve, "smtp-sink");
    sinkThread.start();
    server = new TestServer(TestStores.all().get(0), ServerConfig.defaults(TestServer.STAFF_TOKEN,
        "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(sink.getLocalPort()),
        "--smtp-from", "certamen@college.example"));
  }

  @AfterEach
  void stop() throws IOException, InterruptedException {
    server.close();
    sink.close();
    sinkThread.join(5000);
  }

  @Test
  void mailsTheInvitationLinkToTheInvitedAddress() throws InterruptedException {
    TestServer.Reply created = server.post("/api/centres", TestServer.STAFF_TOKEN, new JsonObject()
        .put("name", "Collège Jean Moulin").put("administratorEmail", "direction@college.example"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject invitation = created.json().getJsonObject("invitation");
    assertThat(invitation.getBoolean("mailed")).isTrue();

    String mail = mails.poll(5, TimeUnit.SECONDS);
    assertThat(mail).isNotNull()
        .contains("RCPT TO:<direction@college.example>")
        .contains("MAIL FROM:<certamen@college.example>")
        .contains("Subject: =?UTF-8?Q?Invitation_=C3=A0_rejoindre");
    // The text is quoted-printable: undo its soft line breaks and its escaped '='.
    assertThat(mail.replace("=\n", "").replace("=3D", "="))
        .contains(invitation.getString("link"));
  }

  @Test
  void stillShowsTheLinkWhenTheMailServerIsGone() throws IOException {
    sink.close();
    TestServer.Reply created = server.post("/api/centres", TestServer.STAFF_TOKEN, new JsonObject()
        .put("name", "Collège Jean Moulin").put("administratorEmail", "direction@college.example"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getJsonObject("invitation").getBoolean("mailed")).isFalse();
    assertThat(created.json().getJsonObject("invitation").getString("link")).contains("#invitation=");
  }

  @Test
  void mailsAPasswordResetLinkAndNeverWritesItInTheLog() throws InterruptedException {
    try (LoggedLinks links = LoggedLinks.capture()) {
      TestServer.Reply created = server.post("/api/centres", TestServer.STAFF_TOKEN, new JsonObject()
          .put("name", "Collège Jean Moulin").put("administratorEmail", "direction@college.example"));
      assertThat(mails.poll(5, TimeUnit.SECONDS)).isNotNull();
      new CentreFlow(server).accept(created.json().getJsonObject("invitation").getString("link"),
          CentreFlow.PASSWORD);

      TestServer.Reply asked = server.post("/api/centre-password-resets", null,
          new JsonObject().put("email", "direction@college.example"));
      assertThat(asked.status()).as(asked.body()).isEqualTo(202);
      String mail = mails.poll(5, TimeUnit.SECONDS);
      assertThat(mail).isNotNull().contains("RCPT TO:<direction@college.example>");
      assertThat(mail.replace("=\n", "").replace("=3D", "="))
          .contains("/invigilator/#reinitialisation=").contains("valable une heure");
      assertThat(links.lines()).noneMatch(line -> line.contains("#reinitialisation="));
    }
  }

  /** Speaks just enough SMTP for one client at a time; a mail is the dialogue up to the end of its data. */
  private void serve() {
    while (!sink.isClosed()) {
      try (Socket client = sink.accept();
           BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
               StandardCharsets.UTF_8));
           PrintWriter out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(),
               StandardCharsets.UTF_8), true)) {
        StringBuilder dialogue = new StringBuilder();
        reply(out, "220 sink ready");
        boolean data = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          dialogue.append(line).append('\n');
          if (data) {
            if (line.equals(".")) {
              data = false;
              mails.add(dialogue.toString());
              reply(out, "250 queued");
            }
          } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
            reply(out, "250 sink");
          } else if (line.startsWith("DATA")) {
            data = true;
            reply(out, "354 go on");
          } else if (line.startsWith("QUIT")) {
            reply(out, "221 bye");
            break;
          } else {
            reply(out, "250 ok");
          }
        }
      } catch (IOException e) {
        if (!sink.isClosed()) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }
}
