-- When the running server's report of a check expires, by its own retention: the
-- browser's results, taken by any server, are kept exactly as long. NULL for checks
-- written down by a build before it (they expire by the taking server's retention).
ALTER TABLE checks ADD COLUMN report_expires_at INTEGER;
