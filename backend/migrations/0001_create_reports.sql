-- Finished checks, readable through their share link until they expire.
CREATE TABLE reports (
    id              TEXT    PRIMARY KEY NOT NULL,  -- 22-character URL-safe id
    created_at      INTEGER NOT NULL,              -- unix seconds
    expires_at      INTEGER NOT NULL,              -- unix seconds; purged after
    catalog_version INTEGER NOT NULL,
    body            TEXT    NOT NULL               -- the Report as JSON (address masked)
) STRICT;

CREATE INDEX reports_expires_at ON reports (expires_at);
