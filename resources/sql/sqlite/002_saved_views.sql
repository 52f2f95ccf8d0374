-- Saved queue views per user (filters and sort as JSON).
CREATE TABLE saved_views (
    id          integer PRIMARY KEY,
    staff_login text NOT NULL,
    area        text NOT NULL CHECK (area IN ('transactions', 'moderation', 'polls', 'dashboards')),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    definition  text NOT NULL,
    version     integer NOT NULL DEFAULT 1,
    UNIQUE (staff_login, area, name)
);
