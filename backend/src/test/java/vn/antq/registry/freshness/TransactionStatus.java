package vn.antq.registry.freshness;

import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

/** A transaction manager that only tells whether a transaction is active, as the test sets it. */
class TransactionStatus implements TransactionManager {

  int status = Status.STATUS_NO_TRANSACTION;

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void begin() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void commit() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void rollback() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setRollbackOnly() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Transaction getTransaction() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void resume(Transaction transaction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setTransactionTimeout(int seconds) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Transaction suspend() {
    throw new UnsupportedOperationException();
  }
}
