-- The moderation queue sorted by reports or flags, in the two small tabs (issue 12, session 8).
--
-- 1. Reported (published with open reports, about 12 600 of 500 000 in the benchmark's seed):
-- the sorts walked 017's (state, (-report_count) or (-flag_count), submitted_at, id) over every
-- published contribution and filtered out the unreported ones, 6 500 of them for a page sorted
-- by flags (11.5 ms), and to the end of the published ones for the tab's last page. Two partial
-- indexes hold only the tab's rows in each sort's order: 0.3-0.5 ms a page (EXPLAIN ANALYZE).
-- 2. Auto-hidden (9 100): the planner multiplied the selectivities of `state = 'hidden'` and
-- `auto_hidden_at IS NOT NULL` as if independent, expected 450 rows, and so read all 9 100
-- through 028's index and sorted them (15-40 ms a page); extended statistics did not mend the
-- estimate. An automatic hide is a hidden state by definition (report_contribution sets both,
-- every moderator action clears auto_hidden_at unless the contribution stays hidden, an undo
-- restores both together), so the database now says so, and the tab is `auto_hidden_at IS NOT
-- NULL` alone (ContributionLoader::where), which the planner estimates right from the column's
-- null fraction; its three indexes (one per sort) hold the same rows as 028's: 0.3-0.5 ms a page.
-- A new contribution is in none of these (pending, never auto-hidden): an INSERT writes no more
-- indexes than before.

SET LOCAL ROLE diwan_owner;

ALTER TABLE diwan.contributions ADD CONSTRAINT contributions_auto_hidden_is_hidden
    CHECK (auto_hidden_at IS NULL OR state = 'hidden') NOT VALID;
ALTER TABLE diwan.contributions VALIDATE CONSTRAINT contributions_auto_hidden_is_hidden;

CREATE INDEX contributions_reported_reports_idx ON diwan.contributions
    ((-report_count), submitted_at, id) WHERE state = 'published' AND report_count > 0;
CREATE INDEX contributions_reported_flags_idx ON diwan.contributions
    ((-flag_count), submitted_at, id) WHERE state = 'published' AND report_count > 0;

DROP INDEX diwan.contributions_auto_hidden_idx;
CREATE INDEX contributions_auto_hidden_idx ON diwan.contributions (submitted_at)
    WHERE auto_hidden_at IS NOT NULL;
CREATE INDEX contributions_auto_hidden_reports_idx ON diwan.contributions
    ((-report_count), submitted_at, id) WHERE auto_hidden_at IS NOT NULL;
CREATE INDEX contributions_auto_hidden_flags_idx ON diwan.contributions
    ((-flag_count), submitted_at, id) WHERE auto_hidden_at IS NOT NULL;

RESET ROLE;
