package io.ferret.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Extra bookkeeping that must commit atomically with a batch, such as the consumer offsets it covers. */
@FunctionalInterface
public interface TransactionHook {
  TransactionHook NONE = connection -> { };

  void run(Connection connection) throws SQLException;
}
