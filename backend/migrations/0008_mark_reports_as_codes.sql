-- From here on a stored report's probe details and a stored plan's reasons are codes,
-- worded for each reader (issue 23), where a build from before read English sentences
-- and cannot read codes. This migration marks the database, so such a build refuses it
-- ("written by a newer Ring Check") instead of failing on every new report: upgrade
-- every server sharing a database together, and do not roll back past this.
CREATE TABLE data_format (
    version INTEGER NOT NULL  -- 1: reports and plans hold codes, not words
) STRICT;
INSERT INTO data_format (version) VALUES (1);
