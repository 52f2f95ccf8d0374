-- Nothing to add on SQLite: the single-user demo database is no security boundary, and
-- AttachmentReview::review checks the holder and the state itself. The number keeps both
-- dialects in step with PostgreSQL's 006 (document review only while the transaction is open).
SELECT 1;
