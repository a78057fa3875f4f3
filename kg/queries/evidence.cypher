// name: evidence
// summary: The sources and sentences behind every fact about an actor, with extractor and confidence.
// param: actor actor | the state or organisation
// mode: read
MATCH (e)-[:BY|TARGET]->(x {id: $actor})
MATCH (e)-[:BY]->(src)
OPTIONAL MATCH (e)-[:TARGET]->(dst)
OPTIONAL MATCH (e)-[:OF]->(topic)
MATCH (e)-[s:SOURCED_FROM]->(a:Article)
RETURN DISTINCT e.date AS date, labels(e)[0] AS kind, src.id AS actor, e.action AS action,
       topic.name AS about, dst.id AS target, a.id AS source, a.title AS title,
       a.published AS published, s.sentence AS sentence, s.extractor AS extractor,
       s.confidence AS confidence
ORDER BY date, kind, actor, target, source
