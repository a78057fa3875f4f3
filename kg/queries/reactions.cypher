// name: reactions
// summary: Reactions, positive or negative, to a given actor's acts, with the sentence that reports them.
// param: to actor = null | the actor whose acts were reacted to
// param: by actor = null | only reactions by this actor
// mode: read
MATCH (e:Reaction)-[:BY]->(src:State|InternationalOrganization), (e)-[:TARGET]->(dst:State|InternationalOrganization)
WHERE coalesce($to, dst.id) = dst.id
  AND coalesce($by, src.id) = src.id
OPTIONAL MATCH (e)-[s:SOURCED_FROM]->(a:Article)
RETURN e.date AS date, src.id AS actor, src.name AS actor_name, e.action AS reaction,
       dst.id AS target, dst.name AS target_name, s.sentence AS evidence, a.id AS source
ORDER BY date, actor, target, reaction, source
