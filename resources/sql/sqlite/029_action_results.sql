-- What an action that creates a row created (issue 15); PostgreSQL's 029 says why. On SQLite
-- ActionReceipts (models/db/actionreceipts.cpp) writes and reads the two columns in C++.

ALTER TABLE action_receipts ADD COLUMN result_id INTEGER;
ALTER TABLE action_receipts ADD COLUMN result_version INTEGER;
