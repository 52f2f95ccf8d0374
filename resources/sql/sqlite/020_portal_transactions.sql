-- The website's transaction requests, by idempotency key (PostgreSQL's 020): a repeated key
-- returns the first result. The entry points themselves are C++ on SQLite
-- (models/transactions/portaltransactions.*).
CREATE TABLE portal_requests (
    request_key     text PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('submit_transaction', 'withdraw_transaction')),
    transaction_id  integer NOT NULL REFERENCES transactions (id),
    reference       text NOT NULL,
    state           text NOT NULL,
    created_at      text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX portal_requests_transaction_idx ON portal_requests (transaction_id);
