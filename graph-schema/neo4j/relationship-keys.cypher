// Gives every relationship loaded by `neo4j-admin database import` the `key` property the
// Neo4j store pages and upserts by. Run it once after the import, before the API starts:
//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f graph-schema/neo4j/relationship-keys.cypher
// The key is derived as the seed loader derives it: {startId}|{TYPE}|{endId}, and |n for the
// n-th relationship of the same type between the same two nodes, in import (file) order.
MATCH (a)-[r]->(b)
WHERE r.`key` IS NULL
WITH a, type(r) AS relationshipType, b, r
ORDER BY toInteger(last(split(elementId(r), ':'))) ASC
WITH a, relationshipType, b, collect(r) AS parallel
UNWIND range(0, size(parallel) - 1) AS i
WITH parallel[i] AS r, a.id + '|' + relationshipType + '|' + b.id + CASE i WHEN 0 THEN '' ELSE '|' + toString(i + 1) END AS derivedKey
SET r.`key` = derivedKey;
