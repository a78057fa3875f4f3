// name: timeline
// summary: All events between two actors, in either direction, in date order.
// param: a actor | one state or organisation
// param: b actor | the other state or organisation
// mode: read
MATCH (src:State|InternationalOrganization)<-[:BY]-(e)-[:TARGET]->(dst:State|InternationalOrganization)
WHERE src.id IN [$a, $b] AND dst.id IN [$a, $b] AND src.id <> dst.id
OPTIONAL MATCH (e)-[:OF]->(topic:Designation|Policy)
RETURN e.date AS date, labels(e)[0] AS kind, src.id AS actor, e.action AS action,
       topic.name AS about, dst.id AS target
ORDER BY date, kind, actor, action, about
