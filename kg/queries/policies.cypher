// name: policies
// summary: Policy documents (strategies, executive orders, sanctions regimes) issued in a year.
// param: year year | the calendar year
// param: actor actor = null | only policies issued by this state or organisation
// mode: read
MATCH (e:PolicyIssuance)-[:BY]->(src:State|InternationalOrganization), (e)-[:OF]->(p:Policy)
WHERE e.date >= $year_start AND e.date < $year_end
  AND coalesce($actor, src.id) = src.id
OPTIONAL MATCH (e)-[:SOURCED_FROM]->(a:Article)
RETURN e.date AS date, src.id AS actor, src.name AS actor_name, p.name AS policy, a.id AS source
ORDER BY date, actor, policy, source
