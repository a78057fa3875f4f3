package kg.bi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Properties;

/**
 * Runs one statement through the Neo4j JDBC driver, as a BI tool would, and prints
 * one JSON object per row (column label -> value) on stdout.
 *
 * <pre>
 *   java -jar jdbc-check.jar --sql "SELECT id, action, date FROM DesignationChange"
 *   java -jar jdbc-check.jar --cypher "MATCH (n) RETURN count(n) AS n"
 *   java -jar jdbc-check.jar --translate "SELECT ..."   (prints the Cypher only)
 * </pre>
 *
 * Reads NEO4J_URI (bolt://host:port or neo4j://host:port), NEO4J_USER, NEO4J_PASSWORD
 * and NEO4J_DATABASE. --sql sets enableSQLTranslation=true on the JDBC URL. On error
 * it prints one line to stderr and exits 1.
 */
public final class JdbcCheck {

    public static void main(String[] args) {
        try {
            if (args.length != 2 || !args[0].matches("--(sql|cypher|translate)")) {
                throw new IllegalArgumentException(
                        "usage: java -jar jdbc-check.jar --sql|--cypher|--translate \"STATEMENT\"");
            }
            Properties props = new Properties();
            props.setProperty("user", env("NEO4J_USER", "neo4j"));
            props.setProperty("password", env("NEO4J_PASSWORD", ""));
            try (Connection con = DriverManager.getConnection(jdbcUrl(args[0].equals("--sql")), props)) {
                if (args[0].equals("--translate")) {
                    System.out.println(con.nativeSQL(args[1]));
                    return;
                }
                try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(args[1])) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    StringBuilder out = new StringBuilder();
                    while (rs.next()) {
                        out.setLength(0);
                        out.append('{');
                        for (int i = 1; i <= n; i++) {
                            if (i > 1) out.append(", ");
                            string(out, md.getColumnLabel(i)).append(": ");
                            Object v = md.getColumnType(i) == Types.DATE ? rs.getObject(i, LocalDate.class) : rs.getObject(i);
                            value(out, rs.wasNull() ? null : v);
                        }
                        System.out.println(out.append('}'));
                    }
                }
            }
        } catch (Exception e) {
            String msg = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
            System.err.println("jdbc-check: " + e.getClass().getSimpleName() + ": " + msg);
            System.exit(1);
        }
    }

    /** bolt://host:port (or neo4j://...) -> jdbc:neo4j://host:port/db[?enableSQLTranslation=true] */
    static String jdbcUrl(boolean translate) {
        String uri = env("NEO4J_URI", "bolt://127.0.0.1:7687");
        String hostPort = uri.replaceFirst("^[a-z+]+://", "").replaceFirst("/.*$", "");
        String url = "jdbc:neo4j://" + hostPort + "/" + env("NEO4J_DATABASE", "neo4j");
        return translate ? url + "?enableSQLTranslation=true" : url;
    }

    static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    static void value(StringBuilder out, Object v) throws Exception {
        if (v == null) out.append("null");
        else if (v instanceof Boolean) out.append(v);
        else if (v instanceof Number num) {
            double d = num.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) out.append("null");
            else out.append(num);
        }
        else if (v instanceof java.sql.Date d) string(out, d.toLocalDate().toString());
        else if (v instanceof java.sql.Timestamp t) string(out, t.toLocalDateTime().toString());
        else if (v instanceof TemporalAccessor) string(out, v.toString());
        else if (v instanceof java.sql.Array a) value(out, a.getArray());
        else if (v instanceof Object[] arr) value(out, java.util.Arrays.asList(arr));
        else if (v instanceof Iterable<?> it) {
            out.append('[');
            boolean first = true;
            for (Object o : it) { if (!first) out.append(", "); first = false; value(out, o); }
            out.append(']');
        }
        else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(", ");
                first = false;
                string(out, String.valueOf(e.getKey())).append(": ");
                value(out, e.getValue());
            }
            out.append('}');
        }
        else string(out, v.toString());
    }

    static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"');
    }
}
