-- The video upload test's figures, kept beside the report of the visitor who ran it
-- (issue 24). Only that visitor may add them: `owner` is the SHA-256 (hex) of the
-- check's token, which only their browser holds; NULL for reports stored before.
ALTER TABLE reports ADD COLUMN owner TEXT;

CREATE TABLE uploads (
    check_id   TEXT    PRIMARY KEY NOT NULL,  -- the report's 22-character id
    tested_at  INTEGER NOT NULL,              -- unix seconds
    expires_at INTEGER NOT NULL,              -- unix seconds; purged with the report
    body       TEXT    NOT NULL               -- the UploadFigures as JSON; a newer test replaces it
) STRICT;

CREATE INDEX uploads_expires_at ON uploads (expires_at);
