-- The queue's sort key, (due_at, id), for queues over several states: a seek from any page's
-- bookmark instead of a sort of every matching row per page (transactions_queue_idx leads
-- with state, so it serves a single state only).
--   transactions_open_due_idx: the open queue (the clerks' default view). Partial, so its
--     predicate must appear in the query literally: QueueFilter writes the known state keys as
--     literals, in this order.
--   transactions_due_idx: any other mix of states, or all of them (most rows are closed).
-- Checked with EXPLAIN in tests/bench (queue_first_screen, queue_deep_jump).
SET LOCAL ROLE diwan_owner;
CREATE INDEX transactions_open_due_idx ON diwan.transactions (due_at, id)
    WHERE state IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated');
CREATE INDEX transactions_due_idx ON diwan.transactions (due_at, id);
RESET ROLE;
