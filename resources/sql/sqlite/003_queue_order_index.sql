-- The queue's sort key on its own, (due_at, id): see the PostgreSQL migration of the same number.
CREATE INDEX transactions_due_idx ON transactions (due_at, id);
