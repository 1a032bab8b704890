-- 0003 was changed after it first shipped (`ends_at` added), so a database migrated by
-- that first build has no `checks.ends_at` and refuses every check the servers share.
-- The table holds only checks under way, a minute or two each: it is made again as 0003
-- reads now, which costs at most the checks running during the upgrade their sharing.
-- Released migrations never change again: their hashes are pinned (migrations.rs).
DROP TABLE checks;

CREATE TABLE checks (
    id          TEXT    PRIMARY KEY NOT NULL,  -- the check's 22-character id
    created_at  INTEGER NOT NULL,              -- unix seconds
    expires_at  INTEGER NOT NULL,              -- unix seconds; purged after
    ends_at     INTEGER NOT NULL,              -- unix seconds: its report is stored by then
    finished_at INTEGER,                       -- unix seconds; NULL while it runs
    egress_plan TEXT    NOT NULL               -- the EgressPlan as JSON, its token included
) STRICT;

CREATE INDEX checks_expires_at ON checks (expires_at);
