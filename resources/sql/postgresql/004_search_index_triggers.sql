-- Nothing to add on PostgreSQL: its search indexes (GIN on to_tsvector('arabic', ...) and
-- pg_trgm) are maintained by the database itself. The number keeps both dialects in step.
SELECT 1;
