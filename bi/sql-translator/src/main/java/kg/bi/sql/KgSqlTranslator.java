package kg.bi.sql;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jooq.Asterisk;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Name;
import org.jooq.Param;
import org.jooq.Parser;
import org.jooq.QualifiedAsterisk;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.Table;
import org.jooq.conf.ParseNameCase;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;
import org.neo4j.jdbc.translator.spi.Translator;

/**
 * A minimal SQL-to-Cypher translator for the kg graph (one label per class; relationships
 * BY, TARGET, OF, SOURCED_FROM), following the conventions of the official Neo4j JDBC
 * translator (neo4j-jdbc-translator-impl) for the subset it supports:
 *
 * <ul>
 * <li>table name = label (as is, case-sensitive); table alias = Cypher variable (else the
 *     lower-cased table name)</li>
 * <li>{@code A a NATURAL JOIN REL r NATURAL JOIN B b} = {@code (a:A)-[r:REL]->(b:B)}; a table
 *     in a NATURAL JOIN chain is a relationship type if its name is all upper case (two node
 *     tables joined directly give {@code (a:A)-->(b:B)})</li>
 * <li>{@code JOIN ... ON cond}, {@code CROSS JOIN} and comma lists = separate patterns in one
 *     MATCH, the ON conditions go to WHERE</li>
 * <li>{@code ?} = {@code $1, $2, ...} in textual order (the driver binds PreparedStatement
 *     parameter i as $i); {@code :name} = {@code $name}</li>
 * <li>qualified columns are returned unaliased ({@code RETURN d.action}); unqualified ones as
 *     {@code var.col AS col}; {@code *} is flattened to {@code elementId(v) AS `v$id`,
 *     v.prop AS prop, ...} when the connection's metadata is available, else {@code RETURN *};
 *     the pseudo column {@code v$id} (as DatabaseMetaData.getColumns reports it) is the element id</li>
 * <li>GROUP BY is implicit in Cypher; a WITH clause is generated when GROUP BY has columns
 *     that are not projected or when there is a HAVING clause</li>
 * </ul>
 *
 * Anything outside this subset raises IllegalArgumentException with the offending SQL part,
 * which the driver reports as an SQLException.
 */
public final class KgSqlTranslator implements Translator {

    /** the pseudo column under which the driver's DatabaseMetaData.getColumns reports the element id */
    static final String ELEMENT_ID = "v$id";
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REL_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> RESERVED = Set.of(
            "all", "and", "as", "asc", "ascending", "by", "call", "case", "contains", "create", "delete",
            "desc", "descending", "detach", "distinct", "else", "end", "ends", "exists", "false", "in",
            "is", "limit", "match", "merge", "not", "null", "on", "optional", "or", "order", "remove",
            "return", "set", "skip", "starts", "then", "true", "union", "unwind", "when", "where",
            "with", "xor", "yield");

    private final SQLDialect dialect;
    private final Map<String, String> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> e) { return size() > 256; }
            });

    public KgSqlTranslator(String dialect) {
        this.dialect = dialect == null || dialect.isBlank() ? SQLDialect.DEFAULT
                : SQLDialect.valueOf(dialect.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE; // like the official one: custom translators may come first
    }

    @Override
    public void flushCache() {
        cache.clear();
    }

    @Override
    public String translate(String sql, DatabaseMetaData metaData) {
        String hit = cache.get(sql);
        if (hit != null) return hit;
        String cypher = new Translation(metaData).select(parse(sql));
        cache.put(sql, cypher);
        return cypher;
    }

    private Select<?> parse(String sql) {
        Settings settings = new Settings()
                .withParseNameCase(ParseNameCase.AS_IS)
                .withParseUnknownFunctions(ParseUnknownFunctions.IGNORE);
        Parser parser = DSL.using(dialect, settings).parser();
        Query q = parser.parseQuery(numberPlaceholders(sql));
        if (!(q instanceof Select<?> s)) {
            throw new IllegalArgumentException("only SELECT statements are supported, got: " + sql);
        }
        return s;
    }

    /**
     * Rewrites JDBC "?" placeholders to :1, :2, ... in textual order (skipping string literals,
     * quoted identifiers and comments), so that they become Cypher $1, $2, ...: the driver
     * binds PreparedStatement parameter i as the Cypher parameter named "i".
     */
    static String numberPlaceholders(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < sql.length()) {
                    if (sql.charAt(j) == c) {
                        if (j + 1 < sql.length() && sql.charAt(j + 1) == c) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                out.append(sql, i, Math.min(j + 1, sql.length()));
                i = j;
            }
            else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                j = j < 0 ? sql.length() : j;
                out.append(sql, i, j);
                i = j - 1;
            }
            else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                j = j < 0 ? sql.length() : j + 2;
                out.append(sql, i, j);
                i = j - 1;
            }
            else if (c == '?') out.append(':').append(++n);
            else out.append(c);
        }
        return out.toString();
    }

    /** One table of the FROM clause: a node pattern or a relationship in a NATURAL JOIN chain. */
    private record Entity(String var, String name, boolean relationship) { }

    /** One projected item. */
    private record Item(String expr, String alias, boolean aggregate) {
        String returned() { return alias == null ? expr : expr + " AS " + ident(alias); }
        /** the name the column has after RETURN/WITH */
        String name() { return alias == null ? expr : alias; }
    }

    /** State of one translation. */
    private final class Translation {
        final DatabaseMetaData metaData;
        final Map<String, Entity> entities = new LinkedHashMap<>(); // by SQL alias/name
        final List<String> patterns = new ArrayList<>();
        final List<String> joinConditions = new ArrayList<>();
        final Map<String, List<String>> columnsCache = new HashMap<>();
        final Set<String> selectAliases = new HashSet<>();
        boolean aggregateSeen;

        Translation(DatabaseMetaData metaData) { this.metaData = metaData; }

        String select(Select<?> s) {
            if (s.$with() != null) unsupported("WITH (common table expressions)", s.$with());
            if (!s.$distinctOn().isEmpty()) unsupported("DISTINCT ON", s);
            if (s.$qualify() != null) unsupported("QUALIFY", s.$qualify());

            // FROM: node patterns, relationship chains, join conditions
            for (Table<?> t : s.$from()) patterns.add(from(t));

            for (SelectFieldOrAsterisk sf : s.$select()) {
                if (sf instanceof QOM.FieldAlias<?> fa) selectAliases.add(fa.$alias().last());
            }
            // SELECT list
            List<Item> items = new ArrayList<>();
            for (SelectFieldOrAsterisk sf : s.$select()) items.addAll(projection(sf));
            dedupeAliases(items);

            StringBuilder out = new StringBuilder();
            if (!patterns.isEmpty()) out.append("MATCH ").append(String.join(", ", patterns));
            List<String> where = new ArrayList<>(joinConditions);
            if (s.$where() != null) where.add(condition(s.$where()));
            if (!where.isEmpty()) {
                out.append(" WHERE ").append(where.size() == 1 ? where.get(0) : "(" + String.join(") AND (", where) + ")");
            }

            // GROUP BY / HAVING
            List<String> groupBy = new ArrayList<>();
            for (GroupField g : s.$groupBy()) {
                if (!(g instanceof Field<?> f)) unsupported("GROUP BY element", g);
                else groupBy.add(expr(f));
            }
            Set<String> projectedPlain = new HashSet<>();
            for (Item i : items) if (!i.aggregate) projectedPlain.add(i.expr);
            boolean needsWith = s.$having() != null || !projectedPlain.containsAll(groupBy);
            // GROUP BY without any aggregate only removes duplicates
            boolean groupDistinct = !groupBy.isEmpty() && !aggregateSeen;
            Map<String, String> scope = null; // Cypher expression -> name visible after WITH
            if (needsWith) {
                scope = new LinkedHashMap<>();
                List<String> with = new ArrayList<>();
                List<Item> after = new ArrayList<>();
                for (Item i : items) {
                    String name = i.alias != null ? i.alias : i.expr;
                    with.add(i.expr + " AS " + ident(name));
                    scope.putIfAbsent(i.expr, ident(name));
                    after.add(new Item(ident(name), null, false));
                }
                int g = 0;
                for (String e : groupBy) {
                    if (!scope.containsKey(e)) {
                        String name = "__group_col_" + g++;
                        with.add(e + " AS " + name);
                        scope.put(e, name);
                    }
                }
                HavingScope hs = new HavingScope(scope, with);
                String having = s.$having() == null ? null : hs.condition(s.$having());
                out.append(" WITH ").append(groupDistinct && hs.extra == 0 ? "DISTINCT " : "").append(String.join(", ", with));
                if (having != null) out.append(" WHERE ").append(having);
                items = after;
            }

            out.append(out.length() > 0 ? " " : "");
            appendReturn(out, items, s.$distinct() || groupDistinct && !needsWith);
            appendOrderAndPage(out, s, items, scope);
            return out.toString();
        }

        void appendReturn(StringBuilder out, List<Item> items, boolean distinct) {
            out.append("RETURN ");
            if (distinct) out.append("DISTINCT ");
            List<String> r = new ArrayList<>();
            for (Item i : items) r.add(i.returned());
            out.append(r.isEmpty() ? "*" : String.join(", ", r));
        }

        void appendOrderAndPage(StringBuilder out, Select<?> s, List<Item> items, Map<String, String> scope) {
            if (!s.$orderBy().isEmpty()) {
                List<String> order = new ArrayList<>();
                for (SortField<?> sf : s.$orderBy()) {
                    String e = orderExpr(sf.$field(), items, scope);
                    if (sf.$sortOrder() == SortOrder.DESC) e += " DESC";
                    if (sf.$nullOrdering() != null) unsupported("NULLS FIRST/LAST", sf);
                    order.add(e);
                }
                out.append(" ORDER BY ").append(String.join(", ", order));
            }
            if (s.$offset() != null) out.append(" SKIP ").append(expr(s.$offset()));
            if (s.$limit() != null) {
                if (s.$limitPercent() || s.$limitWithTies()) unsupported("LIMIT PERCENT / WITH TIES", s.$limit());
                out.append(" LIMIT ").append(expr(s.$limit()));
            }
        }

        String orderExpr(Field<?> f, List<Item> items, Map<String, String> scope) {
            // ORDER BY <select alias> or ORDER BY <ordinal>
            if (f instanceof Param<?> p && p.$inline() && p.getValue() instanceof Number n) {
                int k = n.intValue();
                if (k < 1 || k > items.size()) throw new IllegalArgumentException("ORDER BY position out of range: " + k);
                Item i = items.get(k - 1);
                return i.alias != null ? ident(i.alias) : i.expr;
            }
            Name qn = f.getQualifiedName();
            if (isColumnRef(f) && qn.parts().length == 1 && selectAliases.contains(qn.last())) {
                return ident(qn.last());
            }
            String e = expr(f);
            if (scope != null) {
                String mapped = scope.get(e);
                if (mapped == null) throw new IllegalArgumentException(
                        "ORDER BY " + f + " is neither projected nor grouped");
                return mapped;
            }
            return e;
        }

        // ------------------------------------------------------------------ FROM

        String from(Table<?> t) {
            if (t instanceof QOM.NaturalJoin<?> nj) {
                List<Table<?>> chain = new ArrayList<>();
                flattenNatural(nj, chain);
                StringBuilder p = new StringBuilder();
                Entity pendingRel = null;
                boolean first = true;
                for (Table<?> c : chain) {
                    Entity e = entity(c, true);
                    if (e.relationship) {
                        if (first || pendingRel != null) {
                            throw new IllegalArgumentException("NATURAL JOIN chain must alternate node and relationship tables: " + t);
                        }
                        pendingRel = e;
                        continue;
                    }
                    if (!first) {
                        p.append(pendingRel == null ? "-->" : "-[" + (pendingRel.var == null ? "" : ident(pendingRel.var))
                                + ":" + ident(pendingRel.name) + "]->");
                        pendingRel = null;
                    }
                    p.append(node(e));
                    first = false;
                }
                if (pendingRel != null) throw new IllegalArgumentException("NATURAL JOIN chain ends with a relationship: " + t);
                return p.toString();
            }
            if (t instanceof QOM.CrossJoin<?> cj) {
                return from(cj.$table1()) + ", " + from(cj.$table2());
            }
            if (t instanceof QOM.Join<?> j) { // inner join
                String left = from(j.$table1());
                String right = from(j.$table2());
                if (!j.$using().isEmpty()) unsupported("JOIN ... USING", t);
                if (j.$on() != null) joinConditions.add(condition(j.$on()));
                return left + ", " + right;
            }
            if (t instanceof QOM.JoinTable<?, ?>) unsupported("join type (only NATURAL JOIN chains, [INNER] JOIN ... ON and CROSS JOIN)", t);
            return node(entity(t, false));
        }

        void flattenNatural(Table<?> t, List<Table<?>> out) {
            if (t instanceof QOM.NaturalJoin<?> nj) {
                flattenNatural(nj.$table1(), out);
                flattenNatural(nj.$table2(), out);
            }
            else out.add(t);
        }

        Entity entity(Table<?> t, boolean inNaturalChain) {
            String alias = null;
            Table<?> base = t;
            if (t instanceof QOM.TableAlias<?> ta) {
                alias = ta.$alias().last();
                base = ta.$table();
            }
            if (base instanceof QOM.JoinTable<?, ?> || base instanceof Select<?> || base.getQualifiedName().empty()) {
                unsupported("derived table / subquery in FROM", t);
            }
            String name = base.getName();
            boolean rel = inNaturalChain && REL_TYPE.matcher(name).matches();
            String var = alias != null ? alias : name.toLowerCase(Locale.ROOT);
            Entity e = new Entity(var, name, rel);
            if (entities.putIfAbsent(alias != null ? alias : name, e) != null) {
                throw new IllegalArgumentException("table " + (alias != null ? alias : name) + " appears twice; give it an alias");
            }
            if (alias == null) entities.putIfAbsent(var, e);
            return e;
        }

        String node(Entity e) {
            return "(" + ident(e.var) + ":" + ident(e.name) + ")";
        }

        List<Entity> distinctEntities() {
            List<Entity> r = new ArrayList<>();
            for (Entity e : entities.values()) if (!r.contains(e)) r.add(e);
            return r;
        }

        // ------------------------------------------------------------------ SELECT list

        List<Item> projection(SelectFieldOrAsterisk sf) {
            List<Item> r = new ArrayList<>();
            if (sf instanceof Asterisk) {
                List<Entity> all = distinctEntities();
                if (all.isEmpty()) unsupported("SELECT * without FROM", sf);
                for (Entity e : all) {
                    List<String> cols = columns(e);
                    if (cols == null) return List.of(); // no metadata: RETURN *
                    flatten(e, cols, r);
                }
                return r;
            }
            if (sf instanceof QualifiedAsterisk qa) {
                Entity e = resolveTable(qa.$table().getName());
                List<String> cols = columns(e);
                if (cols == null) r.add(new Item(ident(e.var) + "{.*}", e.var, false));
                else flatten(e, cols, r);
                return r;
            }
            if (sf instanceof QOM.FieldAlias<?> fa) {
                boolean before = aggregateSeen;
                aggregateSeen = false;
                String e = expr(fa.$aliased());
                boolean agg = aggregateSeen;
                aggregateSeen |= before;
                r.add(new Item(e, fa.$alias().last(), agg));
                return r;
            }
            if (sf instanceof Field<?> f) {
                boolean before = aggregateSeen;
                aggregateSeen = false;
                String e = expr(f);
                boolean agg = aggregateSeen;
                aggregateSeen |= before;
                // unqualified column: var.col AS col (like the official translator); v$id keeps its name
                String alias = isColumnRef(f) && (f.getQualifiedName().parts().length == 1
                        && !entities.containsKey(f.getName()) || f.getName().equals(ELEMENT_ID)) ? f.getName() : null;
                r.add(new Item(e, alias, agg));
                return r;
            }
            unsupported("select item", sf);
            return r;
        }

        void flatten(Entity e, List<String> cols, List<Item> out) {
            out.add(new Item("elementId(" + ident(e.var) + ")", ELEMENT_ID, false));
            for (String c : cols) out.add(new Item(ident(e.var) + "." + ident(c), c, false));
        }

        void dedupeAliases(List<Item> items) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                String name = it.name();
                Integer n = seen.merge(name, 1, Integer::sum);
                if (n > 1 && it.alias != null) {
                    String alt = it.alias + (n - 1);
                    while (seen.containsKey(alt)) alt = alt + "_";
                    seen.put(alt, 1);
                    items.set(i, new Item(it.expr, alt, it.aggregate));
                }
            }
        }

        /** property names of a label / relationship type from the connection's metadata, null if unavailable */
        List<String> columns(Entity e) {
            if (metaData == null) return null;
            return columnsCache.computeIfAbsent(e.name, name -> {
                List<String> cols = new ArrayList<>();
                try (ResultSet rs = metaData.getColumns(null, null, name, null)) {
                    while (rs.next()) {
                        String c = rs.getString("COLUMN_NAME");
                        // the driver reports the element id as the pseudo column v$id
                        if (c == null || c.equals(ELEMENT_ID)) continue;
                        if (!cols.contains(c)) cols.add(c);
                    }
                }
                catch (Exception ex) {
                    return null;
                }
                return cols;
            });
        }

        // ------------------------------------------------------------------ expressions

        boolean isColumnRef(Field<?> f) {
            return f instanceof org.jooq.TableField<?, ?> || f.getClass().getSimpleName().endsWith("Field")
                    && !(f instanceof Param<?>) && !(f instanceof QOM.FieldAlias<?>) && f.getQualifiedName().parts().length > 0;
        }

        Entity resolveTable(String qualifier) {
            Entity e = entities.get(qualifier);
            if (e == null) throw new IllegalArgumentException("unknown table or alias: " + qualifier);
            return e;
        }

        String column(Field<?> f) {
            Name[] parts = f.getQualifiedName().parts();
            String col = parts[parts.length - 1].last();
            if (parts.length >= 2) {
                Entity e = resolveTable(parts[parts.length - 2].last());
                return col.equals(ELEMENT_ID) ? "elementId(" + ident(e.var) + ")" : ident(e.var) + "." + ident(col);
            }
            // unqualified: a table variable itself (SELECT m FROM Movie m), a property of the only
            // node table, or of the table whose metadata has this column
            if (entities.containsKey(col)) return ident(entities.get(col).var);
            List<Entity> all = distinctEntities();
            if (all.isEmpty()) throw new IllegalArgumentException("column " + col + " without FROM");
            Entity target = null;
            if (all.size() > 1) {
                for (Entity e : all) {
                    List<String> cols = columns(e);
                    if (cols != null && cols.contains(col)) { target = e; break; }
                }
            }
            if (target == null) {
                for (Entity e : all) if (!e.relationship) { target = e; break; }
            }
            return col.equals(ELEMENT_ID) ? "elementId(" + ident(target.var) + ")" : ident(target.var) + "." + ident(col);
        }

        String expr(Field<?> f) {
            if (f instanceof Param<?> p) return param(p);
            if (f instanceof QOM.Null) return "NULL";
            if (f instanceof QOM.FieldAlias<?> fa) return expr(fa.$aliased());
            if (f instanceof QOM.Count c) {
                aggregateSeen = true;
                Field<?> arg = c.$field();
                if (arg == null || arg instanceof Asterisk || "*".equals(arg.getName())) return "count(*)";
                return "count(" + (c.$distinct() ? "DISTINCT " : "") + expr(arg) + ")";
            }
            if (f instanceof QOM.Min<?> m) return aggregate("min", m.$field(), m.$distinct());
            if (f instanceof QOM.Max<?> m) return aggregate("max", m.$field(), m.$distinct());
            if (f instanceof QOM.Sum s) return aggregate("sum", s.$field(), s.$distinct());
            if (f instanceof QOM.Avg a) return aggregate("avg", a.$field(), a.$distinct());
            if (f instanceof QOM.Add<?> o) return "(" + expr(o.$arg1()) + " + " + expr(o.$arg2()) + ")";
            if (f instanceof QOM.Sub<?> o) return "(" + expr(o.$arg1()) + " - " + expr(o.$arg2()) + ")";
            if (f instanceof QOM.Mul<?> o) return "(" + expr(o.$arg1()) + " * " + expr(o.$arg2()) + ")";
            if (f instanceof QOM.Div<?> o) return "(" + expr(o.$arg1()) + " / " + expr(o.$arg2()) + ")";
            if (f instanceof QOM.Neg<?> o) return "-" + expr(o.$arg1());
            if (f instanceof QOM.Lower o) return "toLower(" + expr(o.$arg1()) + ")";
            if (f instanceof QOM.Upper o) return "toUpper(" + expr(o.$arg1()) + ")";
            if (f instanceof QOM.CharLength o) return "size(" + expr(o.$arg1()) + ")";
            if (f instanceof QOM.Coalesce<?> o) {
                List<String> args = new ArrayList<>();
                for (Field<?> a : o.$arg1()) args.add(expr(a));
                return "coalesce(" + String.join(", ", args) + ")";
            }
            if (isColumnRef(f)) return column(f);
            unsupported("expression", f);
            return null;
        }

        String aggregate(String fn, Field<?> arg, boolean distinct) {
            aggregateSeen = true;
            return fn + "(" + (distinct ? "DISTINCT " : "") + expr(arg) + ")";
        }

        String param(Param<?> p) {
            // "?" was rewritten to :1, :2, ... before parsing; :name stays $name
            String n = p.getParamName();
            if (!p.$inline() && n != null && !n.isEmpty()) {
                return "$" + (n.chars().allMatch(Character::isDigit) ? n : ident(n));
            }
            if (!p.$inline()) throw new IllegalArgumentException("unnamed bind parameter");
            return literal(p.getValue());
        }

        String condition(Condition c) {
            if (c instanceof QOM.And a) return "(" + condition(a.$arg1()) + " AND " + condition(a.$arg2()) + ")";
            if (c instanceof QOM.Or o) return "(" + condition(o.$arg1()) + " OR " + condition(o.$arg2()) + ")";
            if (c instanceof QOM.Xor x) return "(" + condition(x.$arg1()) + " XOR " + condition(x.$arg2()) + ")";
            if (c instanceof QOM.Not n) return "NOT (" + condition(n.$arg1()) + ")";
            if (c instanceof QOM.Eq<?> o) return cmp(o.$arg1(), "=", o.$arg2());
            if (c instanceof QOM.Ne<?> o) return cmp(o.$arg1(), "<>", o.$arg2());
            if (c instanceof QOM.Lt<?> o) return cmp(o.$arg1(), "<", o.$arg2());
            if (c instanceof QOM.Le<?> o) return cmp(o.$arg1(), "<=", o.$arg2());
            if (c instanceof QOM.Gt<?> o) return cmp(o.$arg1(), ">", o.$arg2());
            if (c instanceof QOM.Ge<?> o) return cmp(o.$arg1(), ">=", o.$arg2());
            if (c instanceof QOM.IsNull o) return expr(o.$arg1()) + " IS NULL";
            if (c instanceof QOM.IsNotNull o) return expr(o.$arg1()) + " IS NOT NULL";
            if (c instanceof QOM.InList<?> o) return expr(o.$arg1()) + " IN " + list(o.$arg2());
            if (c instanceof QOM.NotInList<?> o) return "NOT (" + expr(o.$arg1()) + " IN " + list(o.$arg2()) + ")";
            if (c instanceof QOM.Like o) return like(o.$arg1(), o.$arg2(), o.$arg3());
            if (c instanceof QOM.NotLike o) return "NOT (" + like(o.$arg1(), o.$arg2(), o.$arg3()) + ")";
            if (c instanceof QOM.Between<?> b) {
                String v = expr(b.$arg1()), lo = expr(b.$arg2()), hi = expr(b.$arg3());
                String r = "(" + lo + " <= " + v + " AND " + v + " <= " + hi + ")";
                return b.$symmetric() ? "(" + r + " OR (" + hi + " <= " + v + " AND " + v + " <= " + lo + "))" : r;
            }
            if (c instanceof QOM.FieldCondition fc) return expr(fc.$field());
            if (c instanceof QOM.True) return "true";
            if (c instanceof QOM.False) return "false";
            unsupported("condition", c);
            return null;
        }

        String cmp(Field<?> a, String op, Field<?> b) {
            return expr(a) + " " + op + " " + expr(b);
        }

        String list(List<? extends Field<?>> fields) {
            List<String> r = new ArrayList<>();
            for (Field<?> f : fields) r.add(expr(f));
            return "[" + String.join(", ", r) + "]";
        }

        /** LIKE with a literal pattern: STARTS WITH / ENDS WITH / CONTAINS / = when possible, else a regex */
        String like(Field<?> value, Field<?> pattern, Character escape) {
            String v = expr(value);
            if (pattern instanceof Param<?> p && p.$inline() && p.getValue() instanceof String s) {
                String body = s;
                boolean lead = false, trail = false;
                if (escape == null) {
                    if (body.startsWith("%")) { lead = true; body = body.substring(1); }
                    if (body.endsWith("%") && !body.isEmpty()) { trail = true; body = body.substring(0, body.length() - 1); }
                    if (body.indexOf('%') < 0 && body.indexOf('_') < 0) {
                        if (lead && trail) return v + " CONTAINS " + literal(body);
                        if (trail) return v + " STARTS WITH " + literal(body);
                        if (lead) return v + " ENDS WITH " + literal(body);
                        return v + " = " + literal(body);
                    }
                }
                return v + " =~ " + literal(likeToRegex(s, escape));
            }
            // a parameter: translate % and _ at run time (other regex characters are not quoted)
            return v + " =~ ('(?s)' + replace(replace(" + expr(pattern) + ", '%', '.*'), '_', '.'))";
        }

        String likeToRegex(String s, Character escape) {
            StringBuilder r = new StringBuilder("(?s)");
            StringBuilder lit = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (escape != null && ch == escape && i + 1 < s.length()) { lit.append(s.charAt(++i)); continue; }
                if (ch == '%' || ch == '_') {
                    if (lit.length() > 0) { r.append(Pattern.quote(lit.toString())); lit.setLength(0); }
                    r.append(ch == '%' ? ".*" : ".");
                }
                else lit.append(ch);
            }
            if (lit.length() > 0) r.append(Pattern.quote(lit.toString()));
            return r.toString();
        }

        /** HAVING: expressions must refer to names visible after the WITH clause. */
        final class HavingScope {
            final Map<String, String> scope;
            final List<String> with;
            int extra;

            HavingScope(Map<String, String> scope, List<String> with) { this.scope = scope; this.with = with; }

            String condition(Condition c) {
                if (c instanceof QOM.And a) return "(" + condition(a.$arg1()) + " AND " + condition(a.$arg2()) + ")";
                if (c instanceof QOM.Or o) return "(" + condition(o.$arg1()) + " OR " + condition(o.$arg2()) + ")";
                if (c instanceof QOM.Not n) return "NOT (" + condition(n.$arg1()) + ")";
                if (c instanceof QOM.Eq<?> o) return f(o.$arg1()) + " = " + f(o.$arg2());
                if (c instanceof QOM.Ne<?> o) return f(o.$arg1()) + " <> " + f(o.$arg2());
                if (c instanceof QOM.Lt<?> o) return f(o.$arg1()) + " < " + f(o.$arg2());
                if (c instanceof QOM.Le<?> o) return f(o.$arg1()) + " <= " + f(o.$arg2());
                if (c instanceof QOM.Gt<?> o) return f(o.$arg1()) + " > " + f(o.$arg2());
                if (c instanceof QOM.Ge<?> o) return f(o.$arg1()) + " >= " + f(o.$arg2());
                if (c instanceof QOM.IsNull o) return f(o.$arg1()) + " IS NULL";
                if (c instanceof QOM.IsNotNull o) return f(o.$arg1()) + " IS NOT NULL";
                unsupported("HAVING condition", c);
                return null;
            }

            String f(Field<?> x) {
                if (x instanceof Param<?> p) return param(p);
                if (isColumnRef(x) && x.getQualifiedName().parts().length == 1 && selectAliases.contains(x.getName())) {
                    return ident(x.getName());
                }
                boolean before = aggregateSeen;
                aggregateSeen = false;
                String e = expr(x);
                boolean agg = aggregateSeen;
                aggregateSeen = before;
                String name = scope.get(e);
                if (name != null) return name;
                if (!agg) throw new IllegalArgumentException("HAVING refers to " + x + ", which is neither grouped nor aggregated");
                name = "__having_col_" + extra++;
                with.add(e + " AS " + name);
                scope.put(e, name);
                return name;
            }
        }
    }

    // ---------------------------------------------------------------------- rendering helpers

    static String ident(String name) {
        if (SIMPLE_NAME.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) return name;
        return "`" + name.replace("`", "``") + "`";
    }

    static String literal(Object v) {
        if (v == null) return "NULL";
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return v.toString();
        if (v instanceof java.math.BigInteger) return v.toString();
        if (v instanceof java.math.BigDecimal d) return d.toPlainString();
        if (v instanceof Double || v instanceof Float) return v.toString();
        if (v instanceof java.sql.Date d) return "date('" + d.toLocalDate() + "')";
        if (v instanceof java.sql.Timestamp t) return "localdatetime('" + t.toLocalDateTime() + "')";
        if (v instanceof java.sql.Time t) return "localtime('" + t.toLocalTime() + "')";
        if (v instanceof java.time.LocalDate d) return "date('" + d + "')";
        if (v instanceof java.time.LocalDateTime d) return "localdatetime('" + d + "')";
        if (v instanceof java.time.LocalTime d) return "localtime('" + d + "')";
        if (v instanceof java.time.OffsetDateTime d) return "datetime('" + d + "')";
        if (v instanceof TemporalAccessor) return "'" + escape(v.toString()) + "'";
        return "'" + escape(v.toString()) + "'";
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }

    static void unsupported(String what, Object part) {
        throw new IllegalArgumentException("kg SQL translator: unsupported " + what + ": "
                + String.valueOf(part).replaceAll("\\s+", " ").trim());
    }
}
