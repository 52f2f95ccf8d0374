-- An idempotency key per staff action (issue 15); PostgreSQL's 025 says why. On SQLite
-- ActionReceipts::claim (models/db/actionreceipts.cpp) claims and purges in C++.

CREATE TABLE action_receipts (
    receipt_key  text PRIMARY KEY,
    claimed_at   text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX action_receipts_claimed_at_idx ON action_receipts (claimed_at);
