-- Generated from graph-schema/model.json by MineralGraph.Store.Sqlite.SqliteSchema; do not edit.
CREATE TABLE IF NOT EXISTS node (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    props TEXT NOT NULL CHECK (json_valid(props))
);
CREATE TABLE IF NOT EXISTS edge (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    start_id TEXT NOT NULL REFERENCES node(id),
    end_id TEXT NOT NULL REFERENCES node(id),
    props TEXT NOT NULL CHECK (json_valid(props))
);
CREATE UNIQUE INDEX IF NOT EXISTS edge_by_key ON edge(key);
CREATE VIRTUAL TABLE IF NOT EXISTS node_search USING fts5(name, aliases, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS graph_revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS change_log (
    revision INTEGER PRIMARY KEY,
    change_set TEXT NOT NULL CHECK (json_valid(change_set))
);
CREATE INDEX IF NOT EXISTS node_by_label_name ON node(label, name, id);
CREATE INDEX IF NOT EXISTS node_by_label_id ON node(label, id);
CREATE INDEX IF NOT EXISTS edge_by_start ON edge(start_id, type, end_id);
CREATE INDEX IF NOT EXISTS edge_by_end ON edge(end_id, type, start_id);
CREATE INDEX IF NOT EXISTS node_Element_by_symbol ON node(ifnull(json_extract(props, '$.symbol'), x''), id) WHERE label = 'Element';
CREATE INDEX IF NOT EXISTS node_Element_by_atomicNumber ON node(ifnull(json_extract(props, '$.atomicNumber'), x''), id) WHERE label = 'Element';
CREATE INDEX IF NOT EXISTS node_Element_by_category ON node(ifnull(json_extract(props, '$.category'), x''), id) WHERE label = 'Element';
CREATE INDEX IF NOT EXISTS node_Element_by_isRareEarth ON node(ifnull(json_extract(props, '$.isRareEarth'), x''), id) WHERE label = 'Element';
CREATE INDEX IF NOT EXISTS node_Mineral_by_formula ON node(ifnull(json_extract(props, '$.formula'), x''), id) WHERE label = 'Mineral';
CREATE INDEX IF NOT EXISTS node_Product_by_stage ON node(ifnull(json_extract(props, '$.stage'), x''), id) WHERE label = 'Product';
CREATE INDEX IF NOT EXISTS node_Application_by_sector ON node(ifnull(json_extract(props, '$.sector'), x''), id) WHERE label = 'Application';
CREATE INDEX IF NOT EXISTS node_Mine_by_status ON node(ifnull(json_extract(props, '$.status'), x''), id) WHERE label = 'Mine';
CREATE INDEX IF NOT EXISTS node_Mine_by_latitude ON node(ifnull(json_extract(props, '$.latitude'), x''), id) WHERE label = 'Mine';
CREATE INDEX IF NOT EXISTS node_Mine_by_longitude ON node(ifnull(json_extract(props, '$.longitude'), x''), id) WHERE label = 'Mine';
CREATE INDEX IF NOT EXISTS node_Mine_by_locationPrecision ON node(ifnull(json_extract(props, '$.locationPrecision'), x''), id) WHERE label = 'Mine';
CREATE INDEX IF NOT EXISTS node_Mine_by_oreType ON node(ifnull(json_extract(props, '$.oreType'), x''), id) WHERE label = 'Mine';
CREATE INDEX IF NOT EXISTS node_Mine_by_projectStage ON node(ifnull(json_extract(props, '$.projectStage'), x''), id) WHERE label = 'Mine';
CREATE INDEX IF NOT EXISTS node_Facility_by_stage ON node(ifnull(json_extract(props, '$.stage'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_status ON node(ifnull(json_extract(props, '$.status'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_capacityTpa ON node(ifnull(json_extract(props, '$.capacityTpa'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_capacityUnit ON node(ifnull(json_extract(props, '$.capacityUnit'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_plannedCapacityTpa ON node(ifnull(json_extract(props, '$.plannedCapacityTpa'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_targetYear ON node(ifnull(json_extract(props, '$.targetYear'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_commissioned ON node(ifnull(json_extract(props, '$.commissioned'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_commissionedYear ON node(ifnull(json_extract(props, '$.commissionedYear'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_latitude ON node(ifnull(json_extract(props, '$.latitude'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_longitude ON node(ifnull(json_extract(props, '$.longitude'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Facility_by_locationPrecision ON node(ifnull(json_extract(props, '$.locationPrecision'), x''), id) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_Company_by_kind ON node(ifnull(json_extract(props, '$.kind'), x''), id) WHERE label = 'Company';
CREATE INDEX IF NOT EXISTS node_Company_by_ticker ON node(ifnull(json_extract(props, '$.ticker'), x''), id) WHERE label = 'Company';
CREATE INDEX IF NOT EXISTS node_Company_by_founded ON node(ifnull(json_extract(props, '$.founded'), x''), id) WHERE label = 'Company';
CREATE INDEX IF NOT EXISTS node_Country_by_iso2 ON node(ifnull(json_extract(props, '$.iso2'), x''), id) WHERE label = 'Country';
CREATE INDEX IF NOT EXISTS node_Country_by_iso3 ON node(ifnull(json_extract(props, '$.iso3'), x''), id) WHERE label = 'Country';
CREATE INDEX IF NOT EXISTS node_Country_by_region ON node(ifnull(json_extract(props, '$.region'), x''), id) WHERE label = 'Country';
CREATE INDEX IF NOT EXISTS node_Organization_by_kind ON node(ifnull(json_extract(props, '$.kind'), x''), id) WHERE label = 'Organization';
CREATE INDEX IF NOT EXISTS node_Regulation_by_code ON node(ifnull(json_extract(props, '$.code'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_kind ON node(ifnull(json_extract(props, '$.kind'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_announced ON node(ifnull(json_extract(props, '$.announced'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_effective ON node(ifnull(json_extract(props, '$.effective'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_adopted ON node(ifnull(json_extract(props, '$.adopted'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_published ON node(ifnull(json_extract(props, '$.published'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_entryIntoForce ON node(ifnull(json_extract(props, '$.entryIntoForce'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_appliesFrom ON node(ifnull(json_extract(props, '$.appliesFrom'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Regulation_by_status ON node(ifnull(json_extract(props, '$.status'), x''), id) WHERE label = 'Regulation';
CREATE INDEX IF NOT EXISTS node_Source_by_publisher ON node(ifnull(json_extract(props, '$.publisher'), x''), id) WHERE label = 'Source';
CREATE INDEX IF NOT EXISTS node_Source_by_published ON node(ifnull(json_extract(props, '$.published'), x''), id) WHERE label = 'Source';
