-- A record's history (a rider's page lists its audit entries) is looked up by the record's id alone:
-- without this index that read walked the production's whole chain.
CREATE INDEX audit_by_entity_id ON audit_entry (entity_id, seq);
