// name: designations-current
// summary: Designations in force on a date: the latest change per designator, target and label is an assignment.
// param: as_of date = today | the date to look at (YYYY-MM-DD)
// param: actor actor = null | only designations made by this state or organisation
// param: target actor = null | only designations of this state or organisation
// mode: read
MATCH (e:DesignationChange)-[:BY]->(src:State|InternationalOrganization), (e)-[:TARGET]->(dst:State|InternationalOrganization), (e)-[:OF]->(d:Designation)
WHERE e.date <= $as_of
  AND coalesce($actor, src.id) = src.id
  AND coalesce($target, dst.id) = dst.id
WITH src, dst, d, max(e.date) AS latest, collect(e) AS changes
UNWIND changes AS last
WITH src, dst, d, latest, last
WHERE last.date = latest AND last.action = 'assigned'
RETURN DISTINCT src.id AS actor, src.name AS actor_name, d.name AS designation,
       dst.id AS target, dst.name AS target_name, latest AS since
ORDER BY actor, designation, target
