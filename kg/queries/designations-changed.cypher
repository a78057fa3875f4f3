// name: designations-changed
// summary: Every designation assigned or removed in a year: who, whom, what, action, date and source.
// param: year year | the calendar year
// param: actor actor = null | only changes made by this state or organisation
// param: target actor = null | only changes about this state or organisation
// mode: read
MATCH (e:DesignationChange)-[:BY]->(src:State|InternationalOrganization), (e)-[:TARGET]->(dst:State|InternationalOrganization), (e)-[:OF]->(d:Designation)
WHERE e.date >= $year_start AND e.date < $year_end
  AND coalesce($actor, src.id) = src.id
  AND coalesce($target, dst.id) = dst.id
OPTIONAL MATCH (e)-[:SOURCED_FROM]->(a:Article)
RETURN e.date AS date, src.id AS actor, src.name AS actor_name, e.action AS action,
       d.name AS designation, dst.id AS target, dst.name AS target_name,
       a.id AS source, a.title AS source_title
ORDER BY date, actor, target, designation, source
