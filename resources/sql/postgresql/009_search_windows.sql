-- Newest-first contribution search (ContributionSearch): the full-text bitmap of
-- contributions_search_fts is ANDed with a recent window on this index, so that a common word
-- reads only its recent matches from the table instead of every one of them. Plans and the
-- other hot-path indexes: resources/sql/postgresql/INDEXES.md (checked by tests/bench).
SET LOCAL ROLE diwan_owner;
CREATE INDEX contributions_submitted_idx ON diwan.contributions (submitted_at);
RESET ROLE;
