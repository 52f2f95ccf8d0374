-- Decision letters. Issuing one is recorded as a transaction_events row of kind 'letter_issued',
-- written by the clerk who decided (they still hold the transaction after approving or
-- rejecting it: events_clerk_insert lets them, and nobody else, write its history). A letter
-- states a decision, so one is recorded only for an approved or rejected transaction, whoever
-- asks. Managers and supervisors read the history but issue no letters: the letter carries the
-- deciding clerk's name, and another clerk who never held the transaction stays refused.
SET LOCAL ROLE diwan_owner;

CREATE POLICY events_letter_needs_decision ON diwan.transaction_events AS RESTRICTIVE
    FOR INSERT TO diwan_clerk
    WITH CHECK (kind <> 'letter_issued' OR EXISTS (
        SELECT 1 FROM diwan.transactions t
        WHERE t.id = transaction_id AND t.state IN ('approved', 'rejected')));

RESET ROLE;
