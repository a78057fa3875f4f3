# Neo4j dev server and the BI JDBC check; `include scripts/neo4j.mk` from the main Makefile.
#   make neo4j        start the server (.neo4j/, Bolt on 127.0.0.1:$${KG_NEO4J_BOLT_PORT:-7687})
#   make neo4j-stop   stop it
#   make jdbc-check   build bi/jdbc-check/target/jdbc-check.jar (with the kg SQL-to-Cypher
#                     translator from bi/sql-translator shaded in) if missing or stale
# Then: eval "$$(scripts/neo4j env)"; java -jar bi/jdbc-check/target/jdbc-check.jar --cypher "RETURN 1 AS one"

JDBC_CHECK_JAR := $(CURDIR)/bi/jdbc-check/target/jdbc-check.jar

.PHONY: neo4j neo4j-stop neo4j-status jdbc-check

neo4j:
	$(CURDIR)/scripts/neo4j start

neo4j-stop:
	$(CURDIR)/scripts/neo4j stop

neo4j-status:
	$(CURDIR)/scripts/neo4j status

jdbc-check: $(JDBC_CHECK_JAR)

JDBC_CHECK_SOURCES := $(CURDIR)/bi/pom.xml $(CURDIR)/bi/jdbc-check/pom.xml $(CURDIR)/bi/sql-translator/pom.xml \
	$(shell find $(CURDIR)/bi/jdbc-check/src $(CURDIR)/bi/sql-translator/src -type f 2>/dev/null)

$(JDBC_CHECK_JAR): $(JDBC_CHECK_SOURCES)
	mvn -q -B -f $(CURDIR)/bi/pom.xml package
