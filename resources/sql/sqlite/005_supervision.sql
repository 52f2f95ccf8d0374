-- Supervision (see the PostgreSQL migration): SQLite has no roles, so who may supervise is
-- checked by the application (Supervision in models/). The history records whom an event hands
-- the transaction to.
ALTER TABLE transaction_events ADD COLUMN assignee_id integer REFERENCES staff (id);
