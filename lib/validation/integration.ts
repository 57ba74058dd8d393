// The integration API's inputs (issue 13): a work order (派单) and a return visit (回访) as the
// hotline sends them, and the administrator's form for an external system. The work order's
// fields are the registration form's (lib/validation/complaint.ts), with the hotline's order
// number and the duty category's code instead of its id. Messages are keys of the "validation" catalog.
import { z } from "zod";
import { INTEGRATION_CHANNELS } from "@/lib/domain/codes";
import { ratingSchema } from "@/lib/domain/satisfaction";
import { idField, optionalPhone, optionalText, requiredText } from "@/lib/validation/common";
import { pastCityDateTime } from "@/lib/validation/complaint";

export { INTEGRATION_CHANNELS };

/** The hotline's order number: letters, digits and - _ . (at most 60, as channelRef). It is a path
 * segment of GET /work-orders/{orderNo}, so no "/". */
export const orderNoSchema = z.string().trim().min(1, "required").max(60, "tooLong").regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "integration.orderNo");

/** An order number from a path segment, or null (a malformed one is "not found"). */
export function orderNoParam(segment: string): string | null {
  let value = segment;
  try {
    value = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const parsed = orderNoSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const workOrderSchema = z.strictObject({
  orderNo: orderNoSchema,
  /** When the hotline took the call: "YYYY-MM-DDTHH:mm", Beijing time. */
  receivedAt: pastCityDateTime,
  residentName: requiredText(40),
  residentPhone: optionalPhone.default(""),
  areaId: idField,
  /** A line of the duty matrix (GET /api/v1/categories). */
  categoryCode: z.string().trim().min(1, "required").max(40, "tooLong"),
  description: requiredText(2000),
}, { error: (issue) => (issue.code === "unrecognized_keys" ? "integration.unknownField" : undefined) });
export type WorkOrderInput = z.input<typeof workOrderSchema>;
export type WorkOrderData = z.output<typeof workOrderSchema>;

export const workOrderVisitFields = z.strictObject({
  rating: ratingSchema,
  comment: optionalText(500).default(""),
  /** Take the matter up again (dissatisfied only). */
  reopen: z.boolean().default(false),
});
export const workOrderVisitSchema = workOrderVisitFields.refine((v) => !v.reopen || v.rating === "DISSATISFIED", { path: ["reopen"], message: "satisfaction.reopenNeedsDissatisfied" });
export type WorkOrderVisitData = z.output<typeof workOrderVisitSchema>;


/** An http(s) address, or empty for none. */
const webhookUrl = z.string().trim().max(500, "tooLong").refine((v) => {
  if (v === "") return true;
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && !u.username && !u.password;
  } catch {
    return false;
  }
}, "integration.webhookUrl");

export const externalSystemSchema = z.object({
  code: z.string().trim().min(1, "required").max(40, "tooLong").regex(/^[a-z][a-z0-9-]*$/, "integration.code"),
  name: requiredText(80),
  channel: z.enum(INTEGRATION_CHANNELS as unknown as [string, ...string[]], { error: "required" }),
  scopeOrgId: idField,
  webhookUrl,
  /** Empty: keep the current secret. */
  webhookSecret: z.string().trim().max(200, "tooLong").refine((v) => v === "" || v.length >= 16, "integration.secretTooShort"),
  rateLimit: z.coerce.number({ error: "number" }).int("number").min(1, "number").max(6000, "tooLarge"),
  active: z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")]).optional().transform((v) => v === true || v === "on" || v === "true"),
});
export type ExternalSystemInput = z.input<typeof externalSystemSchema>;
export type ExternalSystemData = z.output<typeof externalSystemSchema>;

export const issueKeySchema = z.object({ label: optionalText(80) });
