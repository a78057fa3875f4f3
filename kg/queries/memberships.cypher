// name: memberships
// summary: An organisation's members on a date: the latest membership change of each member is a joining (or a suspension).
// param: organization actor | the organisation, e.g. NATO
// param: as_of date = today | the date to look at (YYYY-MM-DD)
// mode: read
MATCH (e:MembershipChange)-[:BY]->(m:State|InternationalOrganization), (e)-[:TARGET]->(o:InternationalOrganization)
WHERE o.id = $organization AND e.date <= $as_of AND e.action <> 'applied'
WITH m, o, max(e.date) AS latest, collect(e) AS changes
UNWIND changes AS last
WITH m, o, latest, last
WHERE last.date = latest AND last.action IN ['joined', 'readmitted', 'suspended']
RETURN DISTINCT m.id AS member, m.name AS name,
       CASE last.action WHEN 'suspended' THEN 'suspended' ELSE 'member' END AS status,
       latest AS since
ORDER BY member
