-- Claim next (TransactionService::takeNext) in one statement, one round trip: the clerk's hot path.
-- Like the supervision functions (005) it runs as the owner and is itself the check: the caller
-- must be an active member of staff taking work for themselves (a clerk naming anyone else is
-- refused before anything is read), and it takes only a transaction of their own services that is
-- free or whose lease ran out, re-checked in the UPDATE itself. Only diwan_clerk may execute it.
-- The transition trigger and the audit trigger (session_user: the clerk) apply as ever; the row
-- policies it no longer pays for per row, nor three more round trips (BEGIN, the history event,
-- COMMIT) - see tests/bench, claim_next_32.
--
-- Unclaimed transactions first (transactions_unclaimed_idx), then expired leases. Returns no row
-- when there is nothing to take.
SET LOCAL ROLE diwan_owner;

-- Who the caller is, as PL/pgSQL: a SECURITY DEFINER SQL function is never inlined, so until now
-- every call parsed and planned its query afresh (the holder trigger calls it on every row a
-- clerk changes, the policies on every row they check); PL/pgSQL keeps the plan for the session.
-- A claim is about a third faster for it.
CREATE OR REPLACE FUNCTION diwan.current_staff_id() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT id FROM diwan.staff WHERE login = session_user AND active);
END
$$;

CREATE FUNCTION diwan.claim_next(p_staff bigint, p_lease_seconds double precision,
                                 OUT claimed_id bigint, OUT claimed_reference text,
                                 OUT claimed_version integer, OUT claimed_lease timestamptz)
    RETURNS SETOF record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.current_staff_id();
BEGIN
    IF me IS NULL OR p_staff IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'only an active member of staff takes transactions, and only for '
                        'themselves: claim it first'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- COALESCE reads the expired leases only when nothing is free (the second subquery is not
    -- run once the first has an answer).
    UPDATE diwan.transactions x
        SET assigned_to = me,
            lease_expires_at = now() + p_lease_seconds * interval '1 second',
            state = CASE WHEN x.state = 'submitted' THEN 'in_review' ELSE x.state END,
            version = x.version + 1
        WHERE x.id = coalesce(
                (SELECT t.id FROM diwan.transactions t
                 WHERE t.assigned_to IS NULL AND t.state IN ('submitted', 'in_review')
                   AND t.service_id IN (SELECT ss.service_id FROM diwan.staff_services ss
                                        WHERE ss.staff_id = me)
                 ORDER BY t.priority, t.due_at, t.id LIMIT 1 FOR UPDATE SKIP LOCKED),
                (SELECT t.id FROM diwan.transactions t
                 WHERE t.assigned_to IS NOT NULL AND t.lease_expires_at < now()
                   AND t.state IN ('submitted', 'in_review')
                   AND t.service_id IN (SELECT ss.service_id FROM diwan.staff_services ss
                                        WHERE ss.staff_id = me)
                 ORDER BY t.priority, t.due_at, t.id LIMIT 1 FOR UPDATE SKIP LOCKED))
          AND (x.assigned_to IS NULL OR x.lease_expires_at < now())
        RETURNING x.id, x.reference, x.version, x.lease_expires_at
        INTO claimed_id, claimed_reference, claimed_version, claimed_lease;
    IF claimed_id IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind)
        VALUES (claimed_id, me, 'claimed');
    PERFORM pg_catalog.pg_notify('diwan_transactions', claimed_id::text);
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION diwan.claim_next(bigint, double precision) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.claim_next(bigint, double precision) TO diwan_clerk;

RESET ROLE;
