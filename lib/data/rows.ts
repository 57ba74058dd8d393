// Rows of the read path (lib/db-read.ts) in the shapes Prisma returns: SQLite keeps DateTime
// columns as ISO text and Booleans as 0/1; callers get Date and boolean, as from lib/db.
import type { Prisma } from "@/lib/generated/prisma/client";
import { MODELS, type ModelName } from "@/lib/generated/relations/models";

/** A model's scalar columns as Prisma types them. */
export type ModelRow<M extends ModelName> = Prisma.TypeMap["model"][M]["payload"]["scalars"];

type Conversion = [column: string, kind: "date" | "bool"];
const conversions = new Map<ModelName, Conversion[]>();

function conversionsOf(model: ModelName): Conversion[] {
  let list = conversions.get(model);
  if (!list) {
    list = Object.entries(MODELS[model].scalars as Record<string, { type: string }>)
      .filter(([, s]) => s.type === "DateTime" || s.type === "Boolean")
      .map(([name, s]) => [name, s.type === "DateTime" ? "date" : "bool"]);
    conversions.set(model, list);
  }
  return list;
}

/** Converts, in place, the DateTime and Boolean columns of a row of `model` that the row has. */
export function modelRow<M extends ModelName, K extends keyof ModelRow<M> = keyof ModelRow<M>>(model: M, row: object): Pick<ModelRow<M>, K> {
  const r = row as Record<string, unknown>;
  for (const [column, kind] of conversionsOf(model)) {
    const v = r[column];
    if (v === null || v === undefined) continue;
    r[column] = kind === "date" ? new Date(v as string) : v === 1 || v === true;
  }
  return r as Pick<ModelRow<M>, K>;
}

export function modelRows<M extends ModelName, K extends keyof ModelRow<M> = keyof ModelRow<M>>(model: M, rows: object[]): Pick<ModelRow<M>, K>[] {
  return rows.map((r) => modelRow<M, K>(model, r));
}
