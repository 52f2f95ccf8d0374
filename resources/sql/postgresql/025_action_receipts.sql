-- An idempotency key per staff action (issue 15; models/db/actionreceipts.h says how Diwan uses
-- it). A clerk's, moderator's, editor's or manager's action that is sent again after its answer
-- was lost carries the key of its first send; diwan.claim_action_receipt(key), called first in
-- the action's own transaction, records the key, or says that it was recorded already: the
-- first send was committed, and the action is not done again.
--
-- Retention: a receipt is only needed while a window may still send its action again (seconds
-- to minutes); they are kept 7 days (ActionReceipts::retentionDays) for the audit's sake, and
-- each claim removes up to 100 older ones, skipping rows another claim holds, so the table never
-- grows without bound and no claim waits on another's clean-up.

SET LOCAL ROLE diwan_owner;

CREATE TABLE diwan.action_receipts (
    receipt_key  uuid PRIMARY KEY,
    staff_id     bigint NOT NULL REFERENCES diwan.staff (id),
    claimed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_receipts_claimed_at_idx ON diwan.action_receipts (claimed_at);

-- Nobody reads or writes it but the function.
CREATE TRIGGER action_receipts_through_functions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON diwan.action_receipts FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();

-- True when the key is new (claimed now, for the caller), false when it was claimed before. A
-- concurrent claim of the same key waits for the first one's transaction: false if it commits,
-- true if it rolls back. Only a person with a staff account may claim.
CREATE FUNCTION diwan.claim_action_receipt(p_key uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
BEGIN
    IF p_key IS NULL THEN
        RAISE EXCEPTION 'an action receipt needs a key' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM diwan.action_receipts r WHERE r.receipt_key IN (
        SELECT o.receipt_key FROM diwan.action_receipts o
        WHERE o.claimed_at < now() - interval '7 days'
        ORDER BY o.claimed_at LIMIT 100 FOR UPDATE SKIP LOCKED);
    INSERT INTO diwan.action_receipts (receipt_key, staff_id) VALUES (p_key, me)
        ON CONFLICT (receipt_key) DO NOTHING;
    RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION diwan.claim_action_receipt(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.claim_action_receipt(uuid)
    TO diwan_clerk, diwan_moderator, diwan_editor, diwan_manager, diwan_admin;
RESET ROLE;
