// The read path's query helpers (docs/decisions/045): findMany / findFirst / count over the
// read-only connection, with the same where-inputs as Prisma (compiled by where-sql.ts) and rows
// in Prisma's shapes (rows.ts). Relations are read by a second query on their ids, or from the
// directory (directory.ts), instead of nested includes.
import "server-only";
import { sql, type RawBuilder } from "kysely";
import { readDb, readDialect } from "@/lib/db-read";
import { MODELS, type ModelName } from "@/lib/generated/relations/models";
import { modelRows, type ModelRow } from "@/lib/data/rows";
import { whereSql, type WhereInput } from "@/lib/data/where-sql";

export type Order<M extends ModelName> = readonly [column: keyof ModelRow<M> & string, direction: "asc" | "desc", nulls?: "first" | "last"];

function columnsOf<M extends ModelName>(model: M, alias: string, select: readonly (keyof ModelRow<M>)[]): RawBuilder<unknown>[] {
  const scalars = MODELS[model].scalars as Record<string, { column: string }>;
  return select.map((k) => {
    const s = scalars[k as string];
    if (!s) throw new Error(`read: ${model} has no column ${String(k)}`);
    return s.column === k ? sql.ref(`${alias}.${s.column}`) : sql`${sql.ref(`${alias}.${s.column}`)} AS ${sql.ref(k as string)}`;
  });
}

/** ORDER BY terms for `orderBy` on the table aliased `alias`, NULLs placed as SQLite places them on either database. */
export function orderSql<M extends ModelName>(model: M, alias: string, orderBy: readonly Order<M>[]): RawBuilder<unknown> {
  const scalars = MODELS[model].scalars as Record<string, { column: string; nullable: boolean }>;
  return sql.join(
    orderBy.map(([k, dir, nulls]) => {
      const col = sql.ref(`${alias}.${scalars[k]!.column}`);
      const d = sql.raw(dir === "desc" ? "DESC" : "ASC");
      // SQLite sorts NULLs first ascending and last descending; say so only when asked otherwise.
      // PostgreSQL sorts them the other way: a column that may hold NULL is told SQLite's order
      // unless asked otherwise. A NOT NULL column is told nothing, so that an index walked either
      // way still gives the order (the id, descending, is every list's default).
      if (readDialect === "postgresql") {
        if (!scalars[k]!.nullable) return sql`${col} ${d}`;
        return sql`${col} ${d} ${sql.raw((nulls ?? (dir === "desc" ? "last" : "first")) === "last" ? "NULLS LAST" : "NULLS FIRST")}`;
      }
      return nulls ? sql`${col} IS ${sql.raw(nulls === "last" ? "NULL" : "NOT NULL")}, ${col} ${d}` : sql`${col} ${d}`;
    }),
  );
}

/** Every scalar column of a model (what Prisma returns without a select). */
export function allColumns<M extends ModelName>(model: M): (keyof ModelRow<M>)[] {
  return Object.keys(MODELS[model].scalars) as (keyof ModelRow<M>)[];
}

export type FindArgs<M extends ModelName, K extends keyof ModelRow<M>> = {
  where: WhereInput<M>;
  select: readonly K[];
  orderBy?: readonly Order<M>[];
  take?: number;
  skip?: number;
  /**
   * Pick the page's ids first (from an index that covers the filter), then read only those rows:
   * for a short page out of many thousands of matches whose order no index gives, so SQLite sorts
   * ids instead of reading every matching row (a "deferred join").
   */
  idsFirst?: boolean;
  /**
   * Only the rows whose ids this subquery yields, in its order (ids descending, like a search's
   * matches newest first): SQLite reads it as a co-routine and stops at the page's end. The order
   * must then be the id's, descending.
   */
  within?: RawBuilder<{ id: number }>;
};

/** Rows of `model` matching a Prisma where-input: the selected columns, in Prisma's types. */
export async function findRows<M extends ModelName, K extends keyof ModelRow<M>>(model: M, args: FindArgs<M, K>): Promise<Pick<ModelRow<M>, K>[]> {
  const table = MODELS[model].table;
  if (args.within) {
    const [only, ...rest] = args.orderBy ?? [];
    if (!only || only[0] !== "id" || only[1] !== "desc" || rest.length > 0 || args.idsFirst || args.skip) throw new Error(`read: ${model} within a subquery is read by id, descending, without skip`);
    const limit = args.take !== undefined ? sql` LIMIT ${args.take}` : sql``;
    const query = sql<object>`SELECT ${sql.join(columnsOf(model, "t", args.select))} FROM (${args.within}) AS "m" ${sql.raw(readDialect === "postgresql" ? "JOIN" : "CROSS JOIN")} ${sql.table(table)} AS "t" ON "t"."id" = "m"."id" WHERE ${whereSql(model, args.where, "t")} ORDER BY "m"."id" DESC${limit}`;
    const { rows } = await query.execute(readDb);
    return modelRows<M, K>(model, rows);
  }
  const order = args.orderBy && args.orderBy.length > 0 ? sql` ORDER BY ${orderSql(model, "t", args.orderBy)}` : sql``;
  const limit = args.take !== undefined ? sql` LIMIT ${args.take}` : args.skip ? sql.raw(readDialect === "postgresql" ? " LIMIT ALL" : " LIMIT -1") : sql``;
  const offset = args.skip ? sql` OFFSET ${args.skip}` : sql``;
  const where = args.idsFirst
    ? sql`"t"."id" IN (SELECT "t"."id" FROM ${sql.table(table)} AS "t" WHERE ${whereSql(model, args.where, "t")}${order}${limit}${offset})`
    : whereSql(model, args.where, "t");
  const page = args.idsFirst ? order : sql`${order}${limit}${offset}`;
  const query = sql<object>`SELECT ${sql.join(columnsOf(model, "t", args.select))} FROM ${sql.table(table)} AS "t" WHERE ${where}${page}`;
  const { rows } = await query.execute(readDb);
  return modelRows<M, K>(model, rows);
}

/** The first row matching, or null. */
export async function findRow<M extends ModelName, K extends keyof ModelRow<M>>(model: M, args: Omit<FindArgs<M, K>, "take">): Promise<Pick<ModelRow<M>, K> | null> {
  return (await findRows(model, { ...args, take: 1 }))[0] ?? null;
}

/** How many rows match a Prisma where-input. */
export async function countRows<M extends ModelName>(model: M, where: WhereInput<M>): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS "n" FROM ${sql.table(MODELS[model].table)} AS "t" WHERE ${whereSql(model, where, "t")}`.execute(readDb);
  return Number(rows[0]?.n ?? 0);
}

/** Rows grouped by columns with their count (Prisma's groupBy with _count). */
export async function countBy<M extends ModelName, K extends keyof ModelRow<M>>(model: M, by: readonly K[], where: WhereInput<M>): Promise<(Pick<ModelRow<M>, K> & { count: number })[]> {
  const cols = columnsOf(model, "t", by);
  const { rows } = await sql<object>`SELECT ${sql.join(cols)}, COUNT(*) AS "count" FROM ${sql.table(MODELS[model].table)} AS "t" WHERE ${whereSql(model, where, "t")} GROUP BY ${sql.join(cols.map((_, i) => sql.raw(String(i + 1))))}`.execute(readDb);
  return modelRows(model, rows) as unknown as (Pick<ModelRow<M>, K> & { count: number })[];
}

/** Sums of columns over matching rows, grouped by columns or in total (Prisma's groupBy / aggregate with _sum). */
export async function sumBy<M extends ModelName, K extends keyof ModelRow<M>, S extends keyof ModelRow<M>>(model: M, by: readonly K[], sums: readonly S[], where: WhereInput<M>): Promise<(Pick<ModelRow<M>, K> & Record<S, number | null>)[]> {
  const scalars = MODELS[model].scalars as Record<string, { column: string }>;
  const cols = columnsOf(model, "t", by);
  const totals = sums.map((k) => sql`SUM(${sql.ref(`t.${scalars[k as string]!.column}`)}) AS ${sql.ref(k as string)}`);
  const group = cols.length > 0 ? sql` GROUP BY ${sql.join(cols.map((_, i) => sql.raw(String(i + 1))))}` : sql``;
  const { rows } = await sql<object>`SELECT ${sql.join([...cols, ...totals])} FROM ${sql.table(MODELS[model].table)} AS "t" WHERE ${whereSql(model, where, "t")}${group}`.execute(readDb);
  return rows as (Pick<ModelRow<M>, K> & Record<S, number | null>)[];
}
