-- Decision letters (see the PostgreSQL migration): a 'letter_issued' history event is recorded
-- only for an approved or rejected transaction. Who may issue it is checked by the application
-- on SQLite (DecisionLetter::recordLetter), by row security on PostgreSQL.
CREATE TRIGGER transaction_events_letter_needs_decision BEFORE INSERT ON transaction_events
WHEN NEW.kind = 'letter_issued' AND NOT EXISTS (
    SELECT 1 FROM transactions t WHERE t.id = NEW.transaction_id AND t.state IN ('approved', 'rejected'))
BEGIN
    SELECT RAISE(ABORT, 'a letter is issued only for an approved or rejected transaction');
END;
