package org.certamen.server.storage;

import org.certamen.server.TestClock;

class InMemoryStoreTest extends StoreContractTest {

  @Override
  protected Store newStore(TestClock clock) {
    return new InMemoryStore(clock);
  }
}
