-- The queue sorted by submission (newest or oldest first): the same keyset as 003, on
-- (submitted_at, id), read forwards or backwards.
--   transactions_open_submitted_idx: the open queue (partial; QueueFilter writes the open state
--     keys as literals, as for 003).
--   transactions_submitted_idx: any other mix of states.
SET LOCAL ROLE diwan_owner;
CREATE INDEX transactions_open_submitted_idx ON diwan.transactions (submitted_at, id)
    WHERE state IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated');
CREATE INDEX transactions_submitted_idx ON diwan.transactions (submitted_at, id);
RESET ROLE;
