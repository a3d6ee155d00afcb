// Whether each entity a feed's filters name exists and is live: the item (a Metal or Product
// id), the country (a Country id) and the measure (a Measure id). A null parameter names
// nothing and counts as found.
// Params: $item, $country, $measure (ids or null).
RETURN $item IS NULL
         OR EXISTS { MATCH (m:Metal {id: $item}) WHERE m.retractedAt IS NULL }
         OR EXISTS { MATCH (p:Product {id: $item}) WHERE p.retractedAt IS NULL } AS item,
       $country IS NULL OR EXISTS { MATCH (c:Country {id: $country}) WHERE c.retractedAt IS NULL } AS country,
       $measure IS NULL OR EXISTS { MATCH (s:Measure {id: $measure}) WHERE s.retractedAt IS NULL } AS measure
