package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class ServerCommandTest {

  @Test
  void printsEveryOptionAndTheEnvironmentInItsHelp() {
    ServerCommand command = ServerCommand.parse(List.of("--help"), Map.of());
    assertThat(command.helpRequested()).isTrue();

    ByteArrayOutputStream help = new ByteArrayOutputStream();
    command.usage(new PrintStream(help, true, StandardCharsets.UTF_8));
    assertThat(help.toString(StandardCharsets.UTF_8)).contains("Usage: exam-server.jar",
        "--port=N", "--design=NAME", "certamen, pix-v3", "--max-connections-per-address=N",
        "--allow-short-bank", "--help", "CERTAMEN_STAFF_TOKEN", "CERTAMEN_<OPTION>");
  }

  @Test
  void allowsAShortBankFromTheCommandLineOrItsVariable() {
    assertThat(ServerCommand.parse(List.of(), Map.of()).allowShortBank()).isFalse();
    assertThat(ServerCommand.parse(List.of("--allow-short-bank"), Map.of()).allowShortBank())
        .isTrue();
    assertThat(ServerCommand.parse(List.of(), Map.of("CERTAMEN_ALLOW_SHORT_BANK", "true"))
        .allowShortBank()).isTrue();
    assertThatThrownBy(() -> ServerCommand.parse(List.of(),
        Map.of("CERTAMEN_ALLOW_SHORT_BANK", "oui")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Environment variable CERTAMEN_ALLOW_SHORT_BANK: expected true or false, not 'oui'");
  }

  @Test
  void keepsTheMessagesThatNameTheOptionOrItsVariable() {
    assertThatThrownBy(() -> ServerCommand.parse(List.of("--port", "http"), Map.of()))
        .hasMessage("Option --port: expected a whole number from 0 to 65535, not 'http'");
    assertThatThrownBy(() -> ServerCommand.parse(List.of("--port=70000"), Map.of("CERTAMEN_PORT", "1")))
        .hasMessage("Option --port: expected a whole number from 0 to 65535, not '70000'");
    assertThatThrownBy(() -> ServerCommand.parse(List.of(), Map.of("CERTAMEN_LOG_FORMAT", "xml")))
        .hasMessage("Environment variable CERTAMEN_LOG_FORMAT: Option --log-format: expected"
            + " console or json, not 'xml'");
    assertThatThrownBy(() -> ServerCommand.parse(List.of("--colour", "red"), Map.of()))
        .hasMessageContaining("Unknown options: '--colour', 'red'");
  }
}
