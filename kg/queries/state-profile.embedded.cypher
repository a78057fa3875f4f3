// name: state-profile
// variant: embedded (LadybugDB spells labels(e)[0] as label(e))
// summary: Everything about one state: each event it took part in, as actor or as target, with the counterpart.
// param: state actor | the state, by ISO code or name
// mode: read
MATCH (s:State {id: $state})
MATCH (e)-[role:BY|TARGET]->(s)
OPTIONAL MATCH (e)-[:BY]->(src)
OPTIONAL MATCH (e)-[:TARGET]->(dst)
OPTIONAL MATCH (e)-[:OF]->(topic)
RETURN e.date AS date, label(e) AS kind,
       CASE WHEN src.id = s.id THEN 'actor' ELSE 'target' END AS role,
       src.id AS actor, e.action AS action, topic.name AS about, dst.id AS target
ORDER BY date, kind, actor, target, action, about
