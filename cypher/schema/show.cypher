// Names of the constraints and indexes in place, to tell whether the schema is applied.
SHOW INDEXES YIELD name RETURN collect(name) AS names
