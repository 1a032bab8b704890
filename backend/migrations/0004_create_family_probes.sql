-- The visitor's address in the other address family (IPv4 or IPv6), probed back once
-- their browser reached this server over it too: its probes, written when they end, which
-- may be after the check's report. A check has at most one row per family.
CREATE TABLE family_probes (
    check_id   TEXT    NOT NULL,               -- the check's 22-character id
    family     TEXT    NOT NULL,               -- ipv4 or ipv6
    expires_at INTEGER NOT NULL,               -- unix seconds; purged with the report
    body       TEXT    NOT NULL,               -- the FamilyProbes as JSON (address masked)
    PRIMARY KEY (check_id, family)
) STRICT;

CREATE INDEX family_probes_expires_at ON family_probes (expires_at);
