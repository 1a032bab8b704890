-- What the visitor's browser found outward, submitted once per check. It may arrive
-- before the check's report row is written, so it stands alone, keyed by the check id.
CREATE TABLE egress (
    check_id    TEXT    PRIMARY KEY NOT NULL,  -- the check's 22-character id
    received_at INTEGER NOT NULL,              -- unix seconds
    expires_at  INTEGER NOT NULL,              -- unix seconds; purged with the report
    body        TEXT    NOT NULL               -- the EgressReport as JSON
) STRICT;

CREATE INDEX egress_expires_at ON egress (expires_at);
