package org.certamen.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What most integration tests start from: a server on each store (tests marked {@link EveryStore} run once per store)
 * with one planned session, stopped after each test.
 */
abstract class SessionFixture {
  /** Set by {@link EveryStore} before each run. */
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
