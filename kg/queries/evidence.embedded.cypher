// name: evidence
// variant: embedded (LadybugDB spells labels(e)[0] as label(e))
// summary: The sources and sentences behind the newest facts about an actor (at most `limit` facts), with extractor and confidence.
// param: actor actor | the state or organisation
// param: limit int = 1000 | at most this many rows
// mode: read
// Expanding from the bound events with OPTIONAL MATCH keeps LadybugDB on its adjacency lists
// (a plain MATCH here was planned as a join over whole relationship tables: 7x slower at 1M facts).
MATCH (e)-[:BY|TARGET]->(x:State|InternationalOrganization {id: $actor})
WITH e ORDER BY e.date DESC, e.id LIMIT $limit
OPTIONAL MATCH (e)-[s:SOURCED_FROM]->(a:Article)
OPTIONAL MATCH (e)-[:BY]->(src:State|InternationalOrganization)
OPTIONAL MATCH (e)-[:TARGET]->(dst:State|InternationalOrganization)
OPTIONAL MATCH (e)-[:OF]->(topic:Designation|Policy)
WITH e, s, a, src, dst, topic
WHERE a IS NOT NULL
RETURN DISTINCT e.date AS date, label(e) AS kind, src.id AS actor, e.action AS action,
       topic.name AS about, dst.id AS target, a.id AS source, a.title AS title,
       a.published AS published, s.sentence AS sentence, s.extractor AS extractor,
       s.confidence AS confidence
ORDER BY date DESC, kind, actor, target, source
LIMIT $limit
