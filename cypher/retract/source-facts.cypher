// After a Source is retracted ($retract true) or its retraction undone ($retract false): the
// facts that cite it follow. Retracting takes along every live node and relationship whose
// sources are all retracted now (retractedWith = $sourceId); undoing brings back every fact a
// source's retraction took along that cites this source and now has a live source again.
// Facts retracted on their own are never touched. Params: $sourceId, $retract, $by, $reason.
// Returns the number of nodes and relationships changed.
WITH COLLECT { MATCH (g:Source) WHERE g.retractedAt IS NOT NULL RETURN g.id } AS gone
CALL (gone) {
  MATCH (n) WHERE $sourceId IN n.sources AND NOT n:Source
    AND CASE WHEN $retract THEN n.retractedAt IS NULL AND all(s IN n.sources WHERE s IN gone)
             ELSE n.retractedWith IS NOT NULL AND any(s IN n.sources WHERE NOT s IN gone) END
  SET n.retractedAt = CASE WHEN $retract THEN datetime() END, n.retractedBy = $by, n.retractionReason = $reason,
      n.retractedWith = CASE WHEN $retract THEN $sourceId END
  RETURN count(n) AS nodes
}
CALL (gone) {
  MATCH ()-[r]->() WHERE $sourceId IN r.sources
    AND CASE WHEN $retract THEN r.retractedAt IS NULL AND all(s IN r.sources WHERE s IN gone)
             ELSE r.retractedWith IS NOT NULL AND any(s IN r.sources WHERE NOT s IN gone) END
  SET r.retractedAt = CASE WHEN $retract THEN datetime() END, r.retractedBy = $by, r.retractionReason = $reason,
      r.retractedWith = CASE WHEN $retract THEN $sourceId END
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
