-- Arabic words, not just Arabic letters (issue 12). Both searches (transactions by name,
-- contributions by text) stop running Snowball's `arabic` configuration over normalised text: it
-- stemmed documents and queries differently (the normaliser's teh marbuta as heh changed what it
-- stripped: the normalised "the residence" kept its heh while the raw word lost it).
-- Instead one analysis, the same on both databases and for documents and queries:
-- ArabicText::searchTerms in C++ and diwan.search_terms here (equal on
-- resources/moderation/normalize_cases.tsv, checked by tests/tst_search.cpp): the normaliser,
-- words (punctuation and symbols separate them), and light stemming as Lucene's ArabicStemmer
-- (light10) does it. The terms are stored in a generated column, so that every writer (the
-- website's diwan.submit_contribution, the staff functions, the seeder's COPY, a DBA) stores
-- exactly them without a trigger (the seeder loads with triggers off), and they are indexed as
-- they are: `simple` configuration, no stemming of its own. Adding the columns rewrites each table
-- once without firing the audit or version triggers; then the indexes are built.
-- Plans: resources/sql/postgresql/INDEXES.md.
SET LOCAL ROLE diwan_owner;

-- The search terms of normalised text (diwan.normalize_text), as ArabicText::searchTerms gives
-- them. Words: what is left between the separators of ArabicText::separatesWords (ASCII other
-- than letters and digits; the listed punctuation and symbol blocks), which this bracket
-- expression repeats: change both together. Then per word one prefix, the first that applies of
-- al-, wal-, bal-, kal-, fal-, lil- (two letters must remain) and wa- (three must remain), the
-- longest match choosing wal- over wa- as Lucene's order does; then each suffix in turn, in
-- Lucene's order, where two letters remain: -ha, -an, -at, -un, -in, -iya (its teh marbuta
-- already folded to heh by the normaliser), -heh (teh marbuta folded), -yeh. Regular expressions
-- over the whole text, capturing rather than looking around (look-around took four times as
-- long): about 0.3 ms for 250 characters on a busy machine. The generated columns below use it
-- on the normalised columns, which spares normalising again.
CREATE FUNCTION diwan.search_terms_normalized(p_normalized text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.btrim(pg_catalog.regexp_replace(p_normalized,
        '[\x01-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F\u0080-\u00BF\u00D7\u00F7\u0600-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u2000-\u206F\u20A0-\u20CF\u2190-\u2BFF\u2E00-\u2E7F\u3000-\u3004\u3008-\u3020\u3030\uFD3E\uFD3F\uFE00-\uFE0F\uFFF0-\uFFFF\U0001F000-\U0001FAFF\U000E0000-\U000E007F]+', ' ', 'g'), ' '),
        '(^| )(?:(\u0648\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0641\u0627\u0644|\u0627\u0644|\u0644\u0644)([^ ]{2})|\u0648([^ ]{3}))', '\1\3\4', 'g'),
        '([^ ]{2})\u0647\u0627( |$)', '\1\2', 'g'),
        '([^ ]{2})\u0627\u0646( |$)', '\1\2', 'g'),
        '([^ ]{2})\u0627\u062A( |$)', '\1\2', 'g'),
        '([^ ]{2})\u0648\u0646( |$)', '\1\2', 'g'),
        '([^ ]{2})\u064A\u0646( |$)', '\1\2', 'g'),
        '([^ ]{2})\u064A\u0647( |$)', '\1\2', 'g'),
        '([^ ]{2})\u0647( |$)', '\1\2', 'g'),
        '([^ ]{2})\u064A( |$)', '\1\2', 'g')
$$;

-- The search terms of any text: ArabicText::searchTerms.
CREATE FUNCTION diwan.search_terms(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.search_terms_normalized(diwan.normalize_text(p_text))
$$;

ALTER TABLE diwan.transactions ADD COLUMN search_terms text
    GENERATED ALWAYS AS (diwan.search_terms_normalized(applicant_name_norm)) STORED;
ALTER TABLE diwan.contributions ADD COLUMN search_terms text
    GENERATED ALWAYS AS (diwan.search_terms_normalized(body_norm)) STORED;

DROP INDEX diwan.transactions_search_fts;
CREATE INDEX transactions_search_fts ON diwan.transactions
    USING gin (to_tsvector('simple', search_terms));
DROP INDEX diwan.contributions_search_fts;
CREATE INDEX contributions_search_fts ON diwan.contributions
    USING gin (to_tsvector('simple', search_terms), submitted_month);
-- The statistics of the indexed expressions went with the old indexes.
ANALYZE diwan.transactions;
ANALYZE diwan.contributions;
RESET ROLE;
