// name: membership-changes
// summary: Members joining, leaving, suspended from or applying to organisations in a year.
// param: year year | the calendar year
// param: organization actor = null | only this organisation
// param: member actor = null | only this member
// mode: read
MATCH (e:MembershipChange)-[:BY]->(m:State|InternationalOrganization), (e)-[:TARGET]->(o:InternationalOrganization)
WHERE e.date >= $year_start AND e.date < $year_end
  AND coalesce($organization, o.id) = o.id
  AND coalesce($member, m.id) = m.id
OPTIONAL MATCH (e)-[:SOURCED_FROM]->(a:Article)
RETURN e.date AS date, m.id AS member, m.name AS member_name, e.action AS action,
       o.id AS organization, o.name AS organization_name, a.id AS source
ORDER BY date, organization, member, action, source
