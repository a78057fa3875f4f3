// name: designation-history
// summary: One designation label, or one target, over time: every assignment and removal in date order.
// param: designation designation = null | the designation label, e.g. "state sponsor of terrorism"
// param: target actor = null | only changes about this state or organisation
// mode: read
MATCH (e:DesignationChange)-[:BY]->(src:State|InternationalOrganization), (e)-[:TARGET]->(dst:State|InternationalOrganization), (e)-[:OF]->(d:Designation)
WHERE coalesce($designation, d.id) = d.id
  AND coalesce($target, dst.id) = dst.id
RETURN e.date AS date, e.datePrecision AS precision, src.id AS actor, e.action AS action,
       d.name AS designation, dst.id AS target, dst.name AS target_name
ORDER BY date, designation, actor, target, action
