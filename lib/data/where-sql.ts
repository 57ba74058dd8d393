// Prisma where-inputs compiled to SQL for the read path (docs/decisions/045). The scopes of
// lib/scope.ts and every list's filters stay written once, as Prisma where-inputs; this turns them
// into the SQL Prisma itself would run (same operators, same NULL semantics, EXISTS for relation
// filters), without the query compiler's cost per query. Agreement tests (where-sql.test.ts)
// compare its rows with Prisma's for every scope and filter.
import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MODELS, type ModelName } from "@/lib/generated/relations/models";
import { databaseKind } from "@/lib/config";

/** A model's Prisma where-input. */
export type WhereInput<M extends ModelName> = Prisma.TypeMap["model"][M]["operations"]["findMany"]["args"]["where"];

type Scalar = { column: string; type: string };
type Relation = { model: string; list: boolean; from: readonly string[]; to: readonly string[] };
type ModelInfo = { table: string; scalars: Record<string, Scalar>; relations: Record<string, Relation> };

const TRUE = sql<SqlBool>`1 = 1`;
const FALSE = sql<SqlBool>`1 = 0`;

function model(name: string): ModelInfo {
  const m = (MODELS as unknown as Record<string, ModelInfo>)[name];
  if (!m) throw new Error(`where-sql: unknown model ${name}`);
  return m;
}

const postgres = databaseKind() === "postgresql";
const LIKE = sql.raw(postgres ? "ILIKE" : "LIKE");

/**
 * A value as the database's adapter binds it: on SQLite dates as ISO text with +00:00 and booleans
 * 1/0; on PostgreSQL (docs/decisions/091) booleans as they are and dates as ISO text, which the
 * server reads as a timestamp in UTC.
 */
export function sqlValue(value: unknown): unknown {
  if (value instanceof Date) return postgres ? value.toISOString() : value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return postgres ? value : value ? 1 : 0;
  return value;
}

/** The city date ("YYYY-MM-DD", Asia/Shanghai, UTC+8 all year) of a DateTime column, in the database's SQL. */
export function cityDateSql(column: RawBuilder<unknown>): RawBuilder<string> {
  return postgres ? sql<string>`to_char(${column} + interval '8 hours', 'YYYY-MM-DD')` : sql<string>`date(${column}, '+8 hours')`;
}

function and(parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  if (parts.length === 0) return TRUE;
  if (parts.length === 1) return parts[0]!;
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

function or(parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  if (parts.length === 0) return FALSE;
  if (parts.length === 1) return parts[0]!;
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !(v instanceof Date) && !Array.isArray(v);
const isEmptyObject = (v: unknown): boolean => isPlainObject(v) && Object.values(v).every((x) => x === undefined);

class Compiler {
  private aliases = 0;

  /** A fresh table alias for a relation's subquery. */
  private alias(): string {
    return `_w${this.aliases++}`;
  }

  where(modelName: string, where: unknown, alias: string): RawBuilder<SqlBool> {
    return and(this.conditions(modelName, where, alias));
  }

  /**
   * The conditions of a where-input; none for one without any. Prisma leaves such a where-input
   * out wherever it stands ({} in an OR or NOT list, a scalar filter {}, a to-one relation filter
   * {}): an OR of nothing but empty ones matches no row, a NOT of an empty one every row.
   */
  private conditions(modelName: string, where: unknown, alias: string): RawBuilder<SqlBool>[] {
    if (where === undefined) return [];
    if (!isPlainObject(where)) throw new Error(`where-sql: ${modelName}: a where-input must be an object`);
    const m = model(modelName);
    const parts: RawBuilder<SqlBool>[] = [];
    const each = (value: unknown) => (Array.isArray(value) ? value : [value]).map((w) => this.conditions(modelName, w, alias)).filter((c) => c.length > 0).map(and);
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (key === "AND") {
        // Prisma also leaves out an AND item that is an OR of nothing (which matches no row elsewhere).
        const orOfNothing = (w: unknown) => isPlainObject(w) && Object.entries(w).every(([k, v]) => v === undefined || (k === "OR" && Array.isArray(v) && v.every(isEmptyObject)));
        parts.push(...each((Array.isArray(value) ? value : [value]).filter((w) => !orOfNothing(w))));
      } else if (key === "OR") {
        if (!Array.isArray(value)) throw new Error(`where-sql: ${modelName}.OR must be an array`);
        parts.push(or(each(value)));
      } else if (key === "NOT") {
        parts.push(...each(value).map((c) => sql<SqlBool>`(NOT ${c})`));
      } else if (key in m.scalars) {
        const condition = this.scalar(`${modelName}.${key}`, sql.ref(`${alias}.${m.scalars[key]!.column}`), value);
        if (condition) parts.push(condition);
      } else if (key in m.relations) {
        const condition = this.relation(m.relations[key]!, `${modelName}.${key}`, value, alias);
        if (condition) parts.push(condition);
      } else {
        throw new Error(`where-sql: ${modelName} has no field ${key}`);
      }
    }
    return parts;
  }

  private scalar(name: string, column: RawBuilder<unknown>, filter: unknown): RawBuilder<SqlBool> | null {
    if (filter === null) return sql<SqlBool>`${column} IS NULL`;
    if (!isPlainObject(filter)) return sql<SqlBool>`${column} = ${sqlValue(filter)}`;
    const parts: RawBuilder<SqlBool>[] = [];
    for (const [op, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      switch (op) {
        case "equals":
          parts.push(value === null ? sql<SqlBool>`${column} IS NULL` : sql<SqlBool>`${column} = ${sqlValue(value)}`);
          break;
        case "not":
          if (value === null) parts.push(sql<SqlBool>`${column} IS NOT NULL`);
          else if (isPlainObject(value)) {
            const inner = this.scalar(name, column, value);
            if (inner) parts.push(sql<SqlBool>`(NOT ${inner})`);
          }
          else parts.push(sql<SqlBool>`${column} <> ${sqlValue(value)}`);
          break;
        case "in":
        case "notIn": {
          if (!Array.isArray(value)) throw new Error(`where-sql: ${name}.${op} must be an array`);
          if (value.length === 0) parts.push(op === "in" ? FALSE : TRUE);
          else {
            const list = sql.join(value.map((v) => sql`${sqlValue(v)}`));
            parts.push(op === "in" ? sql<SqlBool>`${column} IN (${list})` : sql<SqlBool>`${column} NOT IN (${list})`);
          }
          break;
        }
        case "lt":
          parts.push(sql<SqlBool>`${column} < ${sqlValue(value)}`);
          break;
        case "lte":
          parts.push(sql<SqlBool>`${column} <= ${sqlValue(value)}`);
          break;
        case "gt":
          parts.push(sql<SqlBool>`${column} > ${sqlValue(value)}`);
          break;
        case "gte":
          parts.push(sql<SqlBool>`${column} >= ${sqlValue(value)}`);
          break;
        // Prisma on SQLite: LIKE with the term as given (no escaping), case-insensitive for ASCII.
        // PostgreSQL's LIKE minds case, so it gets ILIKE: "abc" finds "ABC" on both databases.
        case "contains":
          parts.push(sql<SqlBool>`${column} ${LIKE} ${`%${String(value)}%`}`);
          break;
        case "startsWith":
          parts.push(sql<SqlBool>`${column} ${LIKE} ${`${String(value)}%`}`);
          break;
        case "endsWith":
          parts.push(sql<SqlBool>`${column} ${LIKE} ${`%${String(value)}`}`);
          break;
        default:
          throw new Error(`where-sql: ${name}: unsupported operator ${op}`);
      }
    }
    return parts.length === 0 ? null : and(parts);
  }

  /** A related row exists that joins this one (the related columns equal to this row's) and meets the condition. */
  private exists(relation: Relation, alias: string, condition: (other: string) => RawBuilder<SqlBool>, other = this.alias()): RawBuilder<SqlBool> {
    const join = relation.from.map((from, i) => sql<SqlBool>`${sql.ref(`${other}.${relation.to[i]!}`)} = ${sql.ref(`${alias}.${from}`)}`);
    return sql<SqlBool>`EXISTS (SELECT 1 FROM ${sql.table(model(relation.model).table)} AS ${sql.raw(`"${other}"`)} WHERE ${and([...join, condition(other)])})`;
  }

  private relation(relation: Relation, name: string, filter: unknown, alias: string): RawBuilder<SqlBool> | null {
    if (relation.list) {
      if (!isPlainObject(filter)) throw new Error(`where-sql: ${name}: a list relation takes some / every / none`);
      const parts: RawBuilder<SqlBool>[] = [];
      for (const [op, w] of Object.entries(filter)) {
        if (w === undefined) continue;
        if (op === "some") parts.push(this.exists(relation, alias, (o) => this.where(relation.model, w, o)));
        else if (op === "none") parts.push(sql<SqlBool>`(NOT ${this.exists(relation, alias, (o) => this.where(relation.model, w, o))})`);
        else if (op === "every") parts.push(sql<SqlBool>`(NOT ${this.exists(relation, alias, (o) => sql<SqlBool>`(NOT ${this.where(relation.model, w, o)})`)})`);
        else throw new Error(`where-sql: ${name}: unsupported list operator ${op}`);
      }
      return parts.length === 0 ? null : and(parts);
    }
    // A to-one relation: null (no related row), { is }, { isNot } or the related row's where-input.
    const holdsKey = relation.from.every((c) => c !== "id");
    const none = () => (holdsKey ? and(relation.from.map((c) => sql<SqlBool>`${sql.ref(`${alias}.${c}`)} IS NULL`)) : sql<SqlBool>`(NOT ${this.exists(relation, alias, () => TRUE)})`);
    if (filter === null) return none();
    if (!isPlainObject(filter)) throw new Error(`where-sql: ${name}: a relation filter must be an object or null`);
    if ("is" in filter || "isNot" in filter) {
      const parts: RawBuilder<SqlBool>[] = [];
      if (filter.is !== undefined) parts.push(filter.is === null ? none() : this.exists(relation, alias, (o) => this.where(relation.model, filter.is, o)));
      if (filter.isNot !== undefined) parts.push(filter.isNot === null ? sql<SqlBool>`(NOT ${none()})` : sql<SqlBool>`(NOT ${this.exists(relation, alias, (o) => this.where(relation.model, filter.isNot, o))})`);
      return parts.length === 0 ? null : and(parts);
    }
    // A to-one relation filter without a condition is left out, as Prisma does (not "has one").
    const other = this.alias();
    const inner = this.conditions(relation.model, filter, other);
    return inner.length === 0 ? null : this.exists(relation, alias, () => and(inner), other);
  }
}

/**
 * The where-input of a model as an SQL condition on the table aliased `alias` (the alias must be
 * the one the caller's query gives the table: `selectFrom("Complaint as c")` → "c").
 */
export function whereSql<M extends ModelName>(modelName: M, where: WhereInput<M>, alias: string): RawBuilder<SqlBool> {
  return new Compiler().where(modelName, where, alias);
}
