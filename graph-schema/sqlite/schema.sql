-- Generated from graph-schema/model.json by MineralGraph.Store.Sqlite.SqliteSchema; do not edit.
CREATE TABLE IF NOT EXISTS node (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    props TEXT NOT NULL CHECK (json_valid(props))
);
CREATE INDEX IF NOT EXISTS node_by_label_name ON node(label, name, id);
CREATE INDEX IF NOT EXISTS node_by_label_id ON node(label, id);
CREATE TABLE IF NOT EXISTS edge (
    key TEXT NOT NULL PRIMARY KEY,
    type TEXT NOT NULL,
    start_id TEXT NOT NULL REFERENCES node(id),
    end_id TEXT NOT NULL REFERENCES node(id),
    props TEXT NOT NULL CHECK (json_valid(props)),
    start_label TEXT NOT NULL,
    start_name TEXT NOT NULL,
    end_label TEXT NOT NULL,
    end_name TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_by_start ON edge(start_id, type, end_name, key, end_label);
CREATE INDEX IF NOT EXISTS edge_by_end ON edge(end_id, type, start_name, key, start_label);
CREATE VIRTUAL TABLE IF NOT EXISTS node_search USING fts5(name, aliases, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS graph_revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS change_log (
    revision INTEGER PRIMARY KEY,
    change_set TEXT NOT NULL CHECK (json_valid(change_set))
);
CREATE INDEX IF NOT EXISTS node_by_announced ON node(label, ifnull(json_extract(props, '$.announced'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_atomicNumber ON node(label, ifnull(json_extract(props, '$.atomicNumber'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_capacityTpa ON node(label, ifnull(json_extract(props, '$.capacityTpa'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_category ON node(label, ifnull(json_extract(props, '$.category'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_code ON node(label, ifnull(json_extract(props, '$.code'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_effective ON node(label, ifnull(json_extract(props, '$.effective'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_formula ON node(label, ifnull(json_extract(props, '$.formula'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_isRareEarth ON node(label, ifnull(json_extract(props, '$.isRareEarth'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_iso2 ON node(label, ifnull(json_extract(props, '$.iso2'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_iso3 ON node(label, ifnull(json_extract(props, '$.iso3'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_kind ON node(label, ifnull(json_extract(props, '$.kind'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_latitude ON node(label, ifnull(json_extract(props, '$.latitude'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_locationPrecision ON node(label, ifnull(json_extract(props, '$.locationPrecision'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_longitude ON node(label, ifnull(json_extract(props, '$.longitude'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_oreType ON node(label, ifnull(json_extract(props, '$.oreType'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_published ON node(label, ifnull(json_extract(props, '$.published'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_publisher ON node(label, ifnull(json_extract(props, '$.publisher'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_region ON node(label, ifnull(json_extract(props, '$.region'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_sector ON node(label, ifnull(json_extract(props, '$.sector'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_stage ON node(label, ifnull(json_extract(props, '$.stage'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_status ON node(label, ifnull(json_extract(props, '$.status'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_symbol ON node(label, ifnull(json_extract(props, '$.symbol'), x''), id);
CREATE INDEX IF NOT EXISTS node_by_ticker ON node(label, ifnull(json_extract(props, '$.ticker'), x''), id);
