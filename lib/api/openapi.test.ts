// The OpenAPI document says what the server checks: its request schemas have the zod schemas'
// fields and required fields, its example passes validation, and every problem type it can
// answer with is documented.
import { describe, expect, it } from "vitest";
import { openApiDocument, WORK_ORDER_EXAMPLE } from "@/lib/api/openapi";
import { workOrderSchema, workOrderVisitFields } from "@/lib/validation/integration";
import { toCityDateTimeInput } from "@/lib/domain/dates";

function fieldsOf(schema: { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }) {
  const keys = Object.keys(schema.shape);
  return { keys, required: keys.filter((k) => !schema.shape[k]!.safeParse(undefined).success) };
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with the work order's fields and required fields as the validation has them", () => {
    expect(openApiDocument.openapi).toBe("3.1.0");
    const wo = openApiDocument.components.schemas.WorkOrder;
    const zodFields = fieldsOf(workOrderSchema as never);
    expect(Object.keys(wo.properties).sort()).toEqual(zodFields.keys.sort());
    expect([...wo.required].sort()).toEqual(zodFields.required.sort());
    const visit = openApiDocument.components.schemas.ReturnVisit;
    const visitFields = fieldsOf(workOrderVisitFields as never);
    expect(Object.keys(visit.properties).sort()).toEqual(visitFields.keys.sort());
    expect([...visit.required].sort()).toEqual(visitFields.required.sort());
  });

  it("has an example that the server accepts (with a recent time)", () => {
    const example = { ...WORK_ORDER_EXAMPLE, receivedAt: toCityDateTimeInput(new Date(Date.now() - 3_600_000)) };
    const parsed = workOrderSchema.safeParse(example);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(workOrderSchema.safeParse({ ...example, extra: 1 }).success).toBe(false);
  });

  it("documents every operation with an id and the problems for bad keys and rate limits", () => {
    for (const [path, ops] of Object.entries(openApiDocument.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, { operationId: string; responses: Record<string, unknown> }>)) {
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(["401", "429"]));
      }
    }
  });
});
