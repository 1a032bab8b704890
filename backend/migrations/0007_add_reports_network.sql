-- The network each report's check came from, as the report shows it masked (an IPv4
-- /24, an IPv6 /48: the network admission counts), so the reports a network stored in
-- the last day can be counted against its daily cap. NULL for reports stored before.
ALTER TABLE reports ADD COLUMN network TEXT;
CREATE INDEX reports_network_created_at ON reports (network, created_at);
