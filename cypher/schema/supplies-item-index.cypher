// SUPPLIES lookups by what is supplied, for metal-restricted dependency chains and exposure.
CREATE INDEX suppliesItem IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.itemId)
