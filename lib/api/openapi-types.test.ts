import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiTypesSource, API_TYPES_FILE } from "@/lib/api/openapi-types";

describe("the contract tests' client", () => {
  it("is generated from the current OpenAPI document (run `npm run api:types` after changing it)", async () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, "../..", API_TYPES_FILE), "utf8");
    expect(committed).toBe(await apiTypesSource());
  });
});
