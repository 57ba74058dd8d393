// The PostgreSQL mode's schema is generated from the SQLite one (docs/decisions/091): a model
// changed in prisma/schema.prisma without regenerating it fails here.
import { describe, expect, it } from "vitest";
import { postgresSchema, schemas } from "./generate-schema.mjs";

describe("prisma/postgresql/schema.prisma", () => {
  it("is prisma/schema.prisma with the PostgreSQL provider (run `node prisma/postgresql/generate-schema.mjs` after a schema change)", () => {
    const { wanted, current } = schemas();
    expect(current).toBe(wanted);
  });

  it("swaps the provider and the client's folder and leaves the read path's generators out", () => {
    const text = postgresSchema('generator client {\n  output     = "../lib/generated/prisma"\n}\n\n// Row types\ngenerator kysely {\n  provider = "prisma-kysely"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n');
    expect(text).toContain('provider = "postgresql"');
    expect(text).toContain("../../lib/generated/prisma-pg");
    expect(text).not.toContain("kysely");
  });
});
