-- Simulates storing the far node's label and name on each LOCATED_IN edge (on a copy of the bench
-- database), with an index in the default sort order of Country.locationOf.
CREATE TABLE edge_start_sort AS
  SELECT e.end_id, e.type, n.name AS start_name, e.key, n.label AS start_label
  FROM edge e JOIN node n ON n.id = e.start_id
  WHERE e.type = 'LOCATED_IN';
CREATE INDEX edge_start_sort_by_end ON edge_start_sort(end_id, type, start_name, key, start_label);
