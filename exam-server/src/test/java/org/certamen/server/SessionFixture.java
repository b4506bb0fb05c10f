package org.certamen.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What most integration tests start from: a server on each store (the class runs once per store)
 * with one planned session, stopped after each test.
 */
@ParameterizedClass
@MethodSource("org.certamen.server.TestStores#all")
abstract class SessionFixture {
  @Parameter
  TestStores.Factory stores;

  TestServer server;
  ExamFlow flow;
  ExamFlow.Planned session;

  @BeforeEach
  void planSession() {
    server = new TestServer(stores);
    flow = new ExamFlow(server);
    session = flow.planSession();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }
}
