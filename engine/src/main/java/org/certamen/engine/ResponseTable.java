package org.certamen.engine;

import org.certamen.engine.bank.ItemBank;

/**
 * The one {@link TestState.Response} of each item, outcome and neutralisation of a bank, made on
 * first use: the runs a server keeps per candidate share them instead of holding one per answer.
 * Two threads may make the same response at once; either is kept (a record with final fields is
 * safely shared without a lock).
 */
final class ResponseTable {
  private static final int OUTCOMES = Outcome.values().length;

  private final ItemBank bank;
  private final TestState.Response[] responses;

  ResponseTable(ItemBank bank) {
    this.bank = bank;
    this.responses = new TestState.Response[bank.size() * OUTCOMES * 2];
  }

  TestState.Response of(int itemIndex, Outcome outcome, boolean neutralised) {
    int slot = (itemIndex * OUTCOMES + outcome.ordinal()) * 2 + (neutralised ? 1 : 0);
    TestState.Response response = responses[slot];
    if (response == null) {
      response = new TestState.Response(bank.item(itemIndex).id(), outcome, neutralised);
      responses[slot] = response;
    }
    return response;
  }
}
