// Relationship lookups by measure, for supply-concentration questions.
CREATE INDEX producesMeasure IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.measureId, r.year)
