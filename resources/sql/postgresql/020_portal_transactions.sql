-- The website's entry points for e-service transactions (issue 15): the portal submits and
-- withdraws a transaction only through two functions, as it submits and reports contributions
-- through migration 013's:
--   diwan.submit_transaction(request_key, service, applicant, qid, phone, email, language,
--                            details, attachments)
--   diwan.withdraw_transaction(request_key, reference, qid)
-- Each refuses what the website must tell the person with an SQLSTATE of class DW (DW301-DW312,
-- the table in README "Transactions: the website's entry points") and writes the transaction,
-- its documents, its history event, the request's record and the NOTIFY in one call.
--
-- An idempotency key per portal request (diwan.portal_requests): the website sends the same key
-- when it repeats a request it did not hear the answer to (a timeout, a dropped connection, a
-- restarted server), and a repeated key returns the first result (repeated = true), never a
-- second transaction. Calls with one key are serialised by an advisory lock on the key.
--
-- The portal holds no INSERT or UPDATE on transactions or attachments (012 took them away; said
-- again here) and its row policies for direct writes go. On SQLite the same entry points are C++
-- (models/transactions/portaltransactions.*).

SET LOCAL ROLE diwan_owner;

CREATE TABLE diwan.portal_requests (
    request_key     text PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('submit_transaction', 'withdraw_transaction')),
    transaction_id  bigint NOT NULL REFERENCES diwan.transactions (id),
    reference       text NOT NULL,
    state           text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_requests_transaction_idx ON diwan.portal_requests (transaction_id);

-- Nobody writes it but the functions; managers may read it (how often the website repeats).
GRANT SELECT ON diwan.portal_requests TO diwan_manager;
CREATE TRIGGER portal_requests_through_functions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON diwan.portal_requests FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON diwan.transactions, diwan.attachments FROM diwan_portal;
REVOKE UPDATE (state) ON diwan.transactions FROM diwan_portal;
DROP POLICY transactions_portal_insert ON diwan.transactions;
DROP POLICY transactions_portal_withdraw ON diwan.transactions;
DROP POLICY attachments_portal_insert ON diwan.attachments;

-- Who is calling: the portal, and no person (migration 013's check, with this area's words).
CREATE FUNCTION diwan.caller_is_portal_for_transactions() RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF diwan.acting_staff_id() IS NOT NULL
       OR NOT pg_catalog.pg_has_role(session_user, 'diwan_portal', 'USAGE') THEN
        RAISE EXCEPTION 'only the portal submits and withdraws transactions'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- The key's earlier answer, if any, under a lock that serialises calls with the same key.
-- DW301 a key that is missing or not 8 to 100 printable ASCII characters; DW308 a key used
-- already for another kind of request.
CREATE FUNCTION diwan.portal_request_seen(p_key text, p_kind text) RETURNS diwan.portal_requests
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r diwan.portal_requests;
BEGIN
    IF p_key IS NULL OR p_key !~ '^[!-~]{8,100}$' THEN
        RAISE EXCEPTION 'request_key_invalid: a request needs a key of 8 to 100 printable ASCII characters'
            USING ERRCODE = 'DW301';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(p_key, 20));
    SELECT * INTO r FROM diwan.portal_requests x WHERE x.request_key = p_key;
    IF FOUND AND r.kind <> p_kind THEN
        RAISE EXCEPTION 'request_key_reused: the key % was used for another request', p_key
            USING ERRCODE = 'DW308';
    END IF;
    RETURN r;
END
$$;

-- A new transaction from the website. Refusals (SQLSTATE, what the website says):
-- DW301 request_key_invalid, DW302 service_unknown (no active service of that code),
-- DW303 applicant_missing (no name once invisible characters are out), DW304 qid_invalid (not
-- 11 digits), DW305 contact_invalid (a phone that is not 8-15 digits with an optional +, an
-- e-mail without one @ and a dot after it, a language other than ar or en), DW306
-- details_invalid (not a JSON object, or over 20 000 characters), DW307 attachments_invalid (not
-- an array of at most 20 documents, each with a code the service asks for, a file name, an
-- http(s) address, a SHA-256 in hex, a size of 0 to 50 MB and a type), DW308
-- request_key_reused. The due date is the service's SLA from now; the reference MOI-<year>-<id>.
CREATE FUNCTION diwan.submit_transaction(p_request_key text, p_service text, p_applicant_name text,
                                         p_qid text, p_phone text, p_email text, p_language text,
                                         p_details jsonb, p_attachments jsonb,
                                         OUT transaction_id bigint, OUT transaction_reference text,
                                         OUT transaction_state text, OUT repeated boolean)
    RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    seen diwan.portal_requests;
    s record;
    a jsonb;
    name text := diwan.trimmed(p_applicant_name);
    phone text := nullif(diwan.trimmed(p_phone), '');
    email text := nullif(diwan.trimmed(p_email), '');
    details jsonb := coalesce(p_details, '{}'::jsonb);
    attachments jsonb := coalesce(p_attachments, '[]'::jsonb);
BEGIN
    PERFORM diwan.caller_is_portal_for_transactions();
    seen := diwan.portal_request_seen(p_request_key, 'submit_transaction');
    IF seen.request_key IS NOT NULL THEN
        transaction_id := seen.transaction_id;
        transaction_reference := seen.reference;
        transaction_state := seen.state;
        repeated := true;
        RETURN;
    END IF;
    SELECT x.id, x.sla_hours INTO s FROM diwan.services x WHERE x.code = p_service AND x.active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'service_unknown: no service %', p_service USING ERRCODE = 'DW302';
    END IF;
    IF diwan.normalize_text(name) = '' THEN
        RAISE EXCEPTION 'applicant_missing: a transaction needs the applicant''s name'
            USING ERRCODE = 'DW303';
    END IF;
    IF length(name) > 200 THEN
        RAISE EXCEPTION 'applicant_missing: a name has at most 200 characters'
            USING ERRCODE = 'DW303';
    END IF;
    IF p_qid IS NULL OR p_qid !~ '^[0-9]{11}$' THEN
        RAISE EXCEPTION 'qid_invalid: a QID is 11 digits' USING ERRCODE = 'DW304';
    END IF;
    IF (phone IS NOT NULL AND phone !~ '^\+?[0-9]{8,15}$')
       OR (email IS NOT NULL AND (email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
                                  OR length(email) > 254))
       OR coalesce(p_language, '') NOT IN ('ar', 'en') THEN
        RAISE EXCEPTION 'contact_invalid: a phone, e-mail address or language the ministry cannot use'
            USING ERRCODE = 'DW305';
    END IF;
    IF jsonb_typeof(details) <> 'object' OR length(details::text) > 20000 THEN
        RAISE EXCEPTION 'details_invalid: the details are a JSON object of at most 20 000 characters'
            USING ERRCODE = 'DW306';
    END IF;
    IF jsonb_typeof(attachments) <> 'array' OR jsonb_array_length(attachments) > 20 THEN
        RAISE EXCEPTION 'attachments_invalid: at most 20 documents' USING ERRCODE = 'DW307';
    END IF;
    FOR a IN SELECT e FROM jsonb_array_elements(attachments) AS e LOOP
        IF jsonb_typeof(a) <> 'object'
           OR NOT EXISTS (SELECT 1 FROM diwan.service_documents d
                          WHERE d.service_id = s.id AND d.code = a ->> 'document_code')
           OR diwan.normalize_text(coalesce(a ->> 'file_name', '')) = ''
           OR length(a ->> 'file_name') > 255
           OR coalesce(a ->> 'url', '') !~ '^https?://[^[:space:]]+$'
           OR coalesce(a ->> 'sha256', '') !~ '^[0-9a-f]{64}$'
           OR jsonb_typeof(a -> 'size_bytes') IS DISTINCT FROM 'number'
           OR (a ->> 'size_bytes') !~ '^[0-9]{1,9}$'
           OR (a ->> 'size_bytes')::bigint > 52428800
           OR coalesce(a ->> 'mime_type', '') !~ '^[a-z]+/[a-z0-9.+-]+$' THEN
            RAISE EXCEPTION 'attachments_invalid: document % is not described fully', a
                USING ERRCODE = 'DW307';
        END IF;
    END LOOP;

    transaction_id := nextval(pg_get_serial_sequence('diwan.transactions', 'id'));
    transaction_reference := format('MOI-%s-%s', to_char(now() AT TIME ZONE 'Asia/Qatar', 'YYYY'),
                                    lpad(transaction_id::text, 7, '0'));
    transaction_state := 'submitted';
    repeated := false;
    INSERT INTO diwan.transactions (id, reference, service_id, state, applicant_name,
                                    applicant_name_norm, qid, phone, email, language, details,
                                    submitted_at, due_at)
        VALUES (transaction_id, transaction_reference, s.id, 'submitted', name,
                diwan.normalize_text(name), p_qid, phone, email, p_language, details, now(),
                now() + s.sla_hours * interval '1 hour');
    INSERT INTO diwan.attachments (transaction_id, document_code, file_name, url, sha256,
                                   size_bytes, mime_type)
        SELECT transaction_id, e ->> 'document_code', e ->> 'file_name', e ->> 'url',
               e ->> 'sha256', (e ->> 'size_bytes')::bigint, e ->> 'mime_type'
        FROM jsonb_array_elements(attachments) WITH ORDINALITY AS x (e, i) ORDER BY i;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, new_state,
                                          visible_to_applicant)
        VALUES (transaction_id, NULL, 'submitted', 'submitted', true);
    INSERT INTO diwan.portal_requests (request_key, kind, transaction_id, reference, state)
        VALUES (p_request_key, 'submit_transaction', transaction_id, transaction_reference,
                transaction_state);
    PERFORM pg_catalog.pg_notify('diwan_transactions', transaction_id::text);
END
$$;

-- The applicant withdraws their transaction. Refusals: DW301 request_key_invalid, DW308
-- request_key_reused, DW311 not_found (no transaction of that reference for that QID: the
-- website never says which one was wrong), DW312 not_withdrawable (decided or withdrawn
-- already). Whoever held it holds it no more; the history says the applicant withdrew it.
CREATE FUNCTION diwan.withdraw_transaction(p_request_key text, p_reference text, p_qid text,
                                           OUT transaction_id bigint, OUT transaction_state text,
                                           OUT repeated boolean)
    RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    seen diwan.portal_requests;
    t record;
BEGIN
    PERFORM diwan.caller_is_portal_for_transactions();
    seen := diwan.portal_request_seen(p_request_key, 'withdraw_transaction');
    IF seen.request_key IS NOT NULL THEN
        transaction_id := seen.transaction_id;
        transaction_state := seen.state;
        repeated := true;
        RETURN;
    END IF;
    SELECT x.id, x.reference, x.state INTO t FROM diwan.transactions x
        WHERE x.reference = p_reference AND x.qid = p_qid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not_found: no transaction % for this QID', p_reference
            USING ERRCODE = 'DW311';
    END IF;
    IF t.state NOT IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated') THEN
        RAISE EXCEPTION 'not_withdrawable: transaction % is % already', t.reference, t.state
            USING ERRCODE = 'DW312';
    END IF;
    UPDATE diwan.transactions x
        SET state = 'withdrawn', assigned_to = NULL, lease_expires_at = NULL,
            decided_at = now(), updated_at = now()
        WHERE x.id = t.id;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, old_state, new_state,
                                          visible_to_applicant)
        VALUES (t.id, NULL, 'withdrawn', t.state, 'withdrawn', true);
    transaction_id := t.id;
    transaction_state := 'withdrawn';
    repeated := false;
    INSERT INTO diwan.portal_requests (request_key, kind, transaction_id, reference, state)
        VALUES (p_request_key, 'withdraw_transaction', t.id, t.reference, 'withdrawn');
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
END
$$;

REVOKE EXECUTE ON FUNCTION diwan.caller_is_portal_for_transactions(),
    diwan.portal_request_seen(text, text),
    diwan.submit_transaction(text, text, text, text, text, text, text, jsonb, jsonb),
    diwan.withdraw_transaction(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    diwan.submit_transaction(text, text, text, text, text, text, text, jsonb, jsonb),
    diwan.withdraw_transaction(text, text, text)
    TO diwan_portal;

RESET ROLE;
