-- Supervision: a supervisor reassigns, takes over, re-prioritises or escalates transactions, always
-- with a reason; a clerk's escalation goes to their supervisor. Deactivated staff act no more.
--
-- Who supervises: an active staff member in the group diwan_manager, for the transactions of the
-- services they are linked to in staff_services. Managers get no new table privilege: they act only
-- through the SECURITY DEFINER functions below, which check the caller (session_user), the
-- version, the reason, and write the row, the history event and the notification together (the
-- audit row follows from the trigger, recording session_user).
SET LOCAL ROLE diwan_owner;

-- Whom a history event hands the transaction to (reassigned, taken over, escalated); NULL: the
-- queue, or no change of holder.
ALTER TABLE diwan.transaction_events ADD COLUMN assignee_id bigint REFERENCES diwan.staff (id);

-- A deactivated account is nobody: row security and the who-may checks see no staff member.
CREATE OR REPLACE FUNCTION diwan.current_staff_id() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT id FROM diwan.staff WHERE login = session_user AND active
$$;

-- ... and the who-may triggers read "nobody" as "not a person" (the DBA, the seeder, the portal),
-- so a deactivated account's writes are refused outright, before any row is touched.
CREATE FUNCTION diwan.refuse_inactive_staff() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM diwan.staff WHERE login = session_user AND NOT active) THEN
        RAISE EXCEPTION 'the account % is deactivated', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION diwan.refuse_inactive_staff() FROM PUBLIC;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['staff', 'staff_services', 'services', 'service_documents', 'transactions',
                             'transaction_events', 'outbox', 'attachments', 'canned_responses', 'topics',
                             'contributions', 'moderation_actions', 'blocked_authors', 'polls',
                             'poll_questions', 'poll_options', 'settings', 'saved_views']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON diwan.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_inactive_staff()',
                       t || '_active_staff', t);
    END LOOP;
END
$$;

-- Where an escalation by `p_from` goes for a transaction of `p_service`: p_from's supervisor, if
-- that is an active manager of the service; else NULL, the service managers' pool.
CREATE FUNCTION diwan.escalation_target(p_from bigint, p_service bigint) RETURNS bigint
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT sup.id FROM diwan.staff s
    JOIN diwan.staff sup ON sup.id = s.supervisor_id
    JOIN pg_catalog.pg_roles r ON r.rolname = sup.login
    WHERE s.id = p_from AND sup.active
      AND pg_catalog.pg_has_role(r.oid, 'diwan_manager', 'MEMBER')
      AND EXISTS (SELECT 1 FROM diwan.staff_services ss
                  WHERE ss.staff_id = sup.id AND ss.service_id = p_service)
$$;
REVOKE ALL ON FUNCTION diwan.escalation_target(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.escalation_target(bigint, bigint) TO diwan_clerk, diwan_manager;

-- A clerk escalating what they hold hands it to exactly that target (the UPDATE's WITH CHECK);
-- to the pool (NULL) transactions_clerk_update already allows.
CREATE POLICY transactions_clerk_escalate ON diwan.transactions FOR UPDATE TO diwan_clerk
    USING (assigned_to = diwan.current_staff_id())
    WITH CHECK (state = 'escalated'
                AND assigned_to = diwan.escalation_target(diwan.current_staff_id(), service_id));

-- The supervision functions run as the owner; row security is forced on the owner too, so it
-- needs policies of its own. Nobody is a member of diwan_owner: only its SECURITY DEFINER code
-- acts as it.
CREATE POLICY transactions_owner ON diwan.transactions TO diwan_owner USING (true) WITH CHECK (true);
CREATE POLICY events_owner ON diwan.transaction_events TO diwan_owner USING (true) WITH CHECK (true);

-- The holder check stands for everyone but the owner's own functions (current_user is the owner
-- only inside them), which check the supervisor themselves.
CREATE OR REPLACE FUNCTION diwan.check_transaction_holder() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.current_staff_id();
BEGIN
    IF me IS NOT NULL AND current_user <> 'diwan_owner'
       AND OLD.assigned_to IS DISTINCT FROM me AND NEW.assigned_to IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'transaction % is not held by you: claim it first', OLD.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- One supervisor action on one transaction: checks, row, event, notification. Returns the new
-- version. Not callable directly: the four functions below name the actions.
CREATE FUNCTION diwan.supervise_transaction(p_action text, p_id bigint, p_version integer,
                                            p_to bigint, p_priority integer, p_reason text,
                                            p_lease_seconds double precision) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.current_staff_id();
    t record;
    new_state text;
    new_holder bigint;
    new_lease timestamptz;
    new_priority smallint;
    kind text;
    result integer;
BEGIN
    IF me IS NULL OR NOT pg_catalog.pg_has_role(session_user, 'diwan_manager', 'MEMBER') THEN
        RAISE EXCEPTION 'only an active supervisor may do this (%)', p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(p_reason, '') !~ '[^[:space:]]' THEN
        RAISE EXCEPTION 'a supervisor''s action needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    SELECT x.id, x.reference, x.service_id, x.state, x.priority, x.assigned_to, x.lease_expires_at,
           x.version
        INTO t FROM diwan.transactions x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM diwan.staff_services ss
                   WHERE ss.staff_id = me AND ss.service_id = t.service_id) THEN
        RAISE EXCEPTION 'transaction % belongs to a service you do not supervise', t.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF t.version <> p_version THEN
        RAISE EXCEPTION 'transaction % changed since it was read', t.reference
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF t.state IN ('approved', 'rejected', 'withdrawn') THEN
        RAISE EXCEPTION 'transaction % is closed', t.reference USING ERRCODE = 'check_violation';
    END IF;
    new_state := t.state;
    new_holder := t.assigned_to;
    new_lease := t.lease_expires_at;
    new_priority := t.priority;
    IF p_action IN ('reassign', 'take_over') THEN
        IF p_action = 'take_over' THEN
            p_to := me;
            kind := 'taken_over';
        ELSE
            kind := 'reassigned';
            IF p_to IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM diwan.staff s JOIN pg_catalog.pg_roles r ON r.rolname = s.login
                    WHERE s.id = p_to AND s.active
                      AND pg_catalog.pg_has_role(r.oid, 'diwan_clerk', 'MEMBER')
                      AND EXISTS (SELECT 1 FROM diwan.staff_services ss
                                  WHERE ss.staff_id = s.id AND ss.service_id = t.service_id)) THEN
                RAISE EXCEPTION 'staff member % is no active clerk of this service', p_to
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        IF p_to IS NOT NULL AND (p_lease_seconds IS NULL OR p_lease_seconds NOT BETWEEN 60 AND 86400) THEN
            RAISE EXCEPTION 'a lease lasts between a minute and a day' USING ERRCODE = 'check_violation';
        END IF;
        new_holder := p_to;
        new_lease := CASE WHEN p_to IS NULL THEN NULL
                          ELSE now() + pg_catalog.make_interval(secs => p_lease_seconds) END;
        -- Whoever gets it reviews it; back in the queue an escalation is an ordinary review again.
        IF t.state = 'submitted' AND p_to IS NOT NULL THEN
            new_state := 'in_review';
        ELSIF t.state = 'escalated' AND p_action = 'reassign' THEN
            new_state := 'in_review';
        END IF;
    ELSIF p_action = 'priority' THEN
        IF p_priority IS NULL OR p_priority NOT BETWEEN 1 AND 4 THEN
            RAISE EXCEPTION 'a priority is 1 to 4' USING ERRCODE = 'check_violation';
        END IF;
        kind := 'priority_changed';
        new_priority := p_priority;
    ELSIF p_action = 'escalate' THEN
        IF t.state NOT IN ('submitted', 'in_review', 'escalated') THEN
            RAISE EXCEPTION 'transaction % cannot be escalated from %', t.reference, t.state
                USING ERRCODE = 'check_violation';
        END IF;
        kind := 'escalated';
        new_state := 'escalated';
        new_holder := diwan.escalation_target(me, t.service_id);
        new_lease := NULL;
    ELSE
        RAISE EXCEPTION 'unknown supervisor action %', p_action USING ERRCODE = 'invalid_parameter_value';
    END IF;

    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, old_state, new_state, note,
                                          visible_to_applicant, assignee_id)
    VALUES (t.id, me, kind, t.state, new_state, btrim(p_reason), false,
            CASE WHEN kind = 'priority_changed' THEN NULL ELSE new_holder END);
    UPDATE diwan.transactions
        SET state = new_state, assigned_to = new_holder, lease_expires_at = new_lease,
            priority = new_priority, version = version + 1
        WHERE id = t.id
        RETURNING version INTO result;
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
    RETURN result;
END
$$;
REVOKE ALL ON FUNCTION diwan.supervise_transaction(text, bigint, integer, bigint, integer, text,
                                                   double precision) FROM PUBLIC;

CREATE FUNCTION diwan.reassign_transaction(p_id bigint, p_version integer, p_to bigint, p_reason text,
                                           p_lease_seconds double precision) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('reassign', p_id, p_version, p_to, NULL, p_reason, p_lease_seconds)
$$;
CREATE FUNCTION diwan.take_over_transaction(p_id bigint, p_version integer, p_reason text,
                                            p_lease_seconds double precision) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('take_over', p_id, p_version, NULL, NULL, p_reason, p_lease_seconds)
$$;
CREATE FUNCTION diwan.set_transaction_priority(p_id bigint, p_version integer, p_priority integer,
                                               p_reason text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('priority', p_id, p_version, NULL, p_priority, p_reason, NULL)
$$;
CREATE FUNCTION diwan.escalate_transaction(p_id bigint, p_version integer, p_reason text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('escalate', p_id, p_version, NULL, NULL, p_reason, NULL)
$$;
REVOKE ALL ON FUNCTION diwan.reassign_transaction(bigint, integer, bigint, text, double precision),
    diwan.take_over_transaction(bigint, integer, text, double precision),
    diwan.set_transaction_priority(bigint, integer, integer, text),
    diwan.escalate_transaction(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.reassign_transaction(bigint, integer, bigint, text, double precision),
    diwan.take_over_transaction(bigint, integer, text, double precision),
    diwan.set_transaction_priority(bigint, integer, integer, text),
    diwan.escalate_transaction(bigint, integer, text) TO diwan_manager;

RESET ROLE;
