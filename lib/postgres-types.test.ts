// The PostgreSQL read pool's values in SQLite's shapes (docs/decisions/091).
import { describe, expect, it } from "vitest";
import { isoFromPostgresTimestamp, sqliteShapedTypes } from "./postgres-types.mjs";

describe("PostgreSQL values read in SQLite's shapes", () => {
  it("timestamps become the SQLite adapter's ISO text, milliseconds always three digits", () => {
    expect(isoFromPostgresTimestamp("2026-12-07 05:58:19.12")).toBe("2026-12-07T05:58:19.120+00:00");
    expect(isoFromPostgresTimestamp("2026-12-07 05:58:19")).toBe("2026-12-07T05:58:19.000+00:00");
    expect(isoFromPostgresTimestamp("2026-12-31 16:00:00.999")).toBe("2026-12-31T16:00:00.999+00:00");
    expect(new Date(isoFromPostgresTimestamp("2026-12-31 16:00:00.5")).getTime()).toBe(Date.UTC(2026, 11, 31, 16, 0, 0, 500));
  });

  it("booleans become 1 and 0, bigint counts and numeric sums numbers; text stays text", () => {
    const parse = (oid: number, text: string) => (sqliteShapedTypes.getTypeParser as (oid: number, format: "text") => (v: string) => unknown)(oid, "text")(text);
    expect(parse(16, "t")).toBe(1);
    expect(parse(16, "f")).toBe(0);
    expect(parse(20, "1000001")).toBe(1_000_001);
    expect(parse(1700, "12.5")).toBe(12.5);
    expect(parse(25, "花园街道")).toBe("花园街道");
  });
});
