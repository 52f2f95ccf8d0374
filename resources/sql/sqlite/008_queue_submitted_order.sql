-- The queue sorted by submission: see the PostgreSQL migration of the same number.
CREATE INDEX transactions_open_submitted_idx ON transactions (submitted_at, id)
    WHERE state IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated');
CREATE INDEX transactions_submitted_idx ON transactions (submitted_at, id);
