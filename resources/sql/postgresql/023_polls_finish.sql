-- The rest of the poll designer (issue 13).
--
-- A text revision of an approved poll (016's revise_poll_text) fixes a typo and nothing more; a
-- bigger change is a new version of the poll (new_poll_version). The rule, the same as
-- Polls::TypoRule in C++ (which applies it on SQLite; tst_pollservice runs the same table on
-- both databases):
--   * a text that was blank (an English text added later) may be written freely;
--   * otherwise the numbers stay: the runs of digits (Arabic-Indic and Eastern digits read as
--     0-9) are the same, in the same order;
--   * and the edit distance (Levenshtein, in characters) from the old text is at most
--     clamp(length(old) / 10, 2, 6): two for a short text (a swapped pair of letters), one per ten
--     characters, six at most.
-- Refused with DW211 (revision_too_large) and a sentence naming the distance and the limit. The
-- rule is a row trigger on poll_text_revisions, the record every revision writes in the same
-- transaction as its change, so nothing revised escapes it.

SET LOCAL ROLE diwan_owner;

-- The runs of digits of a text, as 0-9.
CREATE FUNCTION diwan.digit_runs(p_text text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(m[1] ORDER BY n), '{}')
    FROM regexp_matches(translate(coalesce(p_text, ''),
                                  U&'\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9',
                                  '01234567890123456789'),
                        '([0-9]+)', 'g') WITH ORDINALITY AS x(m, n)
$$;

-- The Levenshtein distance between two texts in characters, or p_cap + 1 when it is above
-- p_cap: the common start and end are set aside, then only the band |i - j| <= p_cap of the
-- table is filled (O(length * cap), a few thousand steps for the longest description).
CREATE FUNCTION diwan.edit_distance_within(p_a text, p_b text, p_cap integer) RETURNS integer
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    a text[] := string_to_array(coalesce(p_a, ''), NULL);
    b text[] := string_to_array(coalesce(p_b, ''), NULL);
    n integer := coalesce(cardinality(a), 0);
    m integer := coalesce(cardinality(b), 0);
    head integer := 0;
    tail integer := 0;
    far integer := p_cap + 1;
    prev integer[];
    cur integer[];
    lo integer;
    hi integer;
    best integer;
    cost integer;
BEGIN
    IF n = 0 THEN a := '{}'; END IF;
    IF m = 0 THEN b := '{}'; END IF;
    WHILE head < n AND head < m AND a[head + 1] = b[head + 1] LOOP
        head := head + 1;
    END LOOP;
    WHILE tail < n - head AND tail < m - head AND a[n - tail] = b[m - tail] LOOP
        tail := tail + 1;
    END LOOP;
    a := a[head + 1 : n - tail];
    b := b[head + 1 : m - tail];
    n := n - head - tail;
    m := m - head - tail;
    IF abs(n - m) > p_cap THEN
        RETURN far;
    END IF;
    IF n = 0 OR m = 0 THEN
        RETURN greatest(n, m);
    END IF;
    -- Row i of the table in cur[1 .. m + 1] (column j at index j + 1); outside the band: far.
    prev := array_fill(far, ARRAY[m + 1]);
    FOR j IN 0 .. least(m, p_cap) LOOP
        prev[j + 1] := j;
    END LOOP;
    FOR i IN 1 .. n LOOP
        cur := array_fill(far, ARRAY[m + 1]);
        IF i <= p_cap THEN
            cur[1] := i;
        END IF;
        lo := greatest(1, i - p_cap);
        hi := least(m, i + p_cap);
        best := cur[1];
        FOR j IN lo .. hi LOOP
            cost := CASE WHEN a[i] = b[j] THEN 0 ELSE 1 END;
            cur[j + 1] := least(prev[j + 1] + 1, cur[j] + 1, prev[j] + cost, far);
            best := least(best, cur[j + 1]);
        END LOOP;
        IF best > p_cap THEN
            RETURN far;
        END IF;
        prev := cur;
    END LOOP;
    RETURN least(prev[m + 1], far);
END
$$;

-- The typo rule; NULL when the revision is allowed, else the reason (English, for the message).
CREATE FUNCTION diwan.typo_refusal(p_old text, p_new text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed integer := least(6, greatest(2, length(coalesce(p_old, '')) / 10));
    distance integer;
BEGIN
    IF btrim(coalesce(p_old, ''), E' \t\r\n') = '' THEN
        RETURN NULL;
    END IF;
    IF diwan.digit_runs(p_old) IS DISTINCT FROM diwan.digit_runs(p_new) THEN
        RETURN 'the numbers in the text changed';
    END IF;
    distance := diwan.edit_distance_within(p_old, p_new, allowed);
    IF distance > allowed THEN
        RETURN format('more than %s characters changed (the most a typo fix changes in this text)',
                      allowed);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION diwan.refuse_large_revision() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    why text := diwan.typo_refusal(NEW.old_text, NEW.new_text);
BEGIN
    IF why IS NOT NULL THEN
        RAISE EXCEPTION 'revision_too_large: poll %: %; make a new version of the poll for a bigger change',
            NEW.poll_id, why USING ERRCODE = 'DW211';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER poll_text_revisions_typo_sized BEFORE INSERT OR UPDATE ON diwan.poll_text_revisions
    FOR EACH ROW EXECUTE FUNCTION diwan.refuse_large_revision();

-- submit_poll_response, measured at 500 000 responses (tests/bench/results/, README
-- "Benchmarks"): about 1 ms in the database, spread over a dozen small statements; the keyed hash
-- of the QID spent a twentieth of it building the HMAC's two padded keys byte by byte in PL/pgSQL.
-- They depend on the key alone: made once here, kept beside it, and the hash is two sha256 calls.
-- Equal to diwan.hmac_sha256 (tst_pollresponses checks the QID's hash against it).
ALTER TABLE diwan.poll_respondent_key ADD COLUMN inner_pad bytea, ADD COLUMN outer_pad bytea;
DO $$
DECLARE
    k bytea;
    i_pad bytea;
    o_pad bytea;
BEGIN
    SELECT secret || decode(repeat('00', 64 - length(secret)), 'hex') INTO k FROM diwan.poll_respondent_key;
    i_pad := k;
    o_pad := k;
    FOR i IN 0..63 LOOP
        i_pad := set_byte(i_pad, i, get_byte(k, i) # 54);
        o_pad := set_byte(o_pad, i, get_byte(k, i) # 92);
    END LOOP;
    UPDATE diwan.poll_respondent_key SET inner_pad = i_pad, outer_pad = o_pad;
END
$$;
ALTER TABLE diwan.poll_respondent_key ALTER COLUMN inner_pad SET NOT NULL,
    ALTER COLUMN outer_pad SET NOT NULL;

CREATE OR REPLACE FUNCTION diwan.respondent_hash(p_respondent text) RETURNS bytea
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT sha256(k.outer_pad || sha256(k.inner_pad || convert_to(
               pg_catalog.regexp_replace(diwan.normalize_text(p_respondent), '\s', '', 'g'), 'UTF8')))
    FROM diwan.poll_respondent_key k
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA diwan FROM PUBLIC;

RESET ROLE;
