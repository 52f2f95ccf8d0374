-- An action that creates a row (a poll draft, a copy of a poll, a new version of a poll, a topic)
-- sent again after its answer was lost must say what it had created, not create it again
-- (issue 15; models/db/actionreceipts.h, ActionReceipts::created). Its receipt (025) keeps the
-- id and version of the row the first send created or saved, written in the same transaction as
-- the row; a repeat reads them back. Only the staff member who claimed a key reads or writes
-- what its receipt keeps.

SET LOCAL ROLE diwan_owner;

ALTER TABLE diwan.action_receipts ADD COLUMN result_id bigint, ADD COLUMN result_version integer;

-- Records what the action of `p_key`, claimed in this transaction by the caller, created.
CREATE FUNCTION diwan.keep_action_result(p_key uuid, p_id bigint, p_version integer)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
BEGIN
    UPDATE diwan.action_receipts SET result_id = p_id, result_version = p_version
        WHERE receipt_key = p_key AND staff_id = me;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'action receipt % is not the caller''s', p_key
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- What the caller's action of `p_key` created: no row when the key is unknown or another's.
CREATE FUNCTION diwan.action_result(p_key uuid, OUT result_id bigint, OUT result_version integer)
    RETURNS SETOF record
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT r.result_id, r.result_version FROM diwan.action_receipts r
    WHERE r.receipt_key = p_key AND r.staff_id = diwan.caller_staff_id();
$$;

REVOKE ALL ON FUNCTION diwan.keep_action_result(uuid, bigint, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION diwan.action_result(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.keep_action_result(uuid, bigint, integer)
    TO diwan_clerk, diwan_moderator, diwan_editor, diwan_manager, diwan_admin;
GRANT EXECUTE ON FUNCTION diwan.action_result(uuid)
    TO diwan_clerk, diwan_moderator, diwan_editor, diwan_manager, diwan_admin;
RESET ROLE;
