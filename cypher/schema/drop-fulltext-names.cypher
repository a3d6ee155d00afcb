// The earlier full-text index over raw names and aliases (replaced by entitySearch).
DROP INDEX entityNames IF EXISTS
