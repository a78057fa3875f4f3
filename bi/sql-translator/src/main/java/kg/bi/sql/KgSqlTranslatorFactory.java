package kg.bi.sql;

import java.util.Map;

import org.neo4j.jdbc.translator.spi.Translator;
import org.neo4j.jdbc.translator.spi.TranslatorFactory;

/**
 * ServiceLoader entry point (META-INF/services/org.neo4j.jdbc.translator.spi.TranslatorFactory):
 * the Neo4j JDBC driver instantiates it when a connection has enableSQLTranslation=true or
 * when Connection.nativeSQL is called. Can also be named explicitly with the driver
 * property translatorFactory=kg.bi.sql.KgSqlTranslatorFactory.
 *
 * Recognised configuration (URL or connection properties, with or without the "s2c."
 * prefix): sqlDialect (a jOOQ SQLDialect name, default DEFAULT).
 */
public final class KgSqlTranslatorFactory implements TranslatorFactory {

    static {
        // jOOQ prints a banner and a "tip of the day" on first use; keep stdout/stderr clean.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    @Override
    public Translator create(Map<String, ?> properties) {
        Object dialect = properties == null ? null : properties.get("s2c.sqlDialect");
        if (dialect == null && properties != null) dialect = properties.get("sqlDialect");
        return new KgSqlTranslator(dialect == null ? null : dialect.toString());
    }
}
