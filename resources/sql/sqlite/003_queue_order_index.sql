-- The queue's sort key, (due_at, id): see the PostgreSQL migration of the same number.
CREATE INDEX transactions_open_due_idx ON transactions (due_at, id)
    WHERE state IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated');
CREATE INDEX transactions_due_idx ON transactions (due_at, id);
