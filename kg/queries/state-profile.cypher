// name: state-profile
// summary: Everything about one state, newest first (at most `limit` events): each event it took part in, as actor or as target, with the counterpart.
// param: state actor | the state, by ISO code or name
// param: limit int = 1000 | at most this many rows
// mode: read
MATCH (s:State {id: $state})
MATCH (e)-[:BY|TARGET]->(s)
WITH s, e ORDER BY e.date DESC, e.id LIMIT $limit
OPTIONAL MATCH (e)-[:BY]->(src:State|InternationalOrganization)
OPTIONAL MATCH (e)-[:TARGET]->(dst:State|InternationalOrganization)
OPTIONAL MATCH (e)-[:OF]->(topic:Designation|Policy)
RETURN e.date AS date, labels(e)[0] AS kind,
       CASE WHEN src.id = s.id THEN 'actor' ELSE 'target' END AS role,
       src.id AS actor, e.action AS action, topic.name AS about, dst.id AS target
ORDER BY date DESC, kind, actor, target, action, about
LIMIT $limit
