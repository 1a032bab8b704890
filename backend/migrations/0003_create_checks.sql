-- Checks under way, for the servers sharing this database that do not run them: what the
-- browser's results must match, until when they are taken, and the check's events so
-- far. Written only when servers share the database (PostgreSQL).
CREATE TABLE checks (
    id          TEXT    PRIMARY KEY NOT NULL,  -- the check's 22-character id
    created_at  INTEGER NOT NULL,              -- unix seconds
    expires_at  INTEGER NOT NULL,              -- unix seconds; purged after
    ends_at     INTEGER NOT NULL,              -- unix seconds: its report is stored by then
    finished_at INTEGER,                       -- unix seconds; NULL while it runs
    egress_plan TEXT    NOT NULL               -- the EgressPlan as JSON, its token included
) STRICT;

CREATE INDEX checks_expires_at ON checks (expires_at);

CREATE TABLE check_events (
    check_id   TEXT    NOT NULL,
    seq        INTEGER NOT NULL,               -- the event's id in the stream, from 0
    name       TEXT    NOT NULL,               -- probe, report or failed
    data       TEXT    NOT NULL,               -- a ProbeResult, or the failure's message, as JSON
    expires_at INTEGER NOT NULL,               -- as its check's
    PRIMARY KEY (check_id, seq)
) STRICT;

CREATE INDEX check_events_expires_at ON check_events (expires_at);
