// Accountability-record forms (责任追究) and the list filter. Messages are keys of the
// "validation" catalog.
import { z } from "zod";
import { ACCOUNTABILITY_STATUSES, AMENDABLE_FIELDS, FAILURES } from "@/lib/domain/accountability";
import { enumParam, intParam, type SearchParams } from "@/lib/search-params";
import { idField, optionalText, requiredText, version } from "@/lib/validation/common";

/** Reference numbers of complaints (TS-), referrals (ZF-) and disputes, one per line or comma-separated. */
export const MATTER_REF_RE = /^[A-Z]{2,4}-\d{4}-\d{1,8}$/;

const person = z.object({ name: requiredText(40), position: requiredText(60) });

export const openAccountabilitySchema = z.object({
  subjectOrgId: idField,
  failure: z.enum(FAILURES, { error: "required" }),
  matterRefs: z
    .string()
    .trim()
    .min(1, "accountability.mattersRequired")
    .max(2000, "tooLong")
    .refine((v) => refsOf(v).length > 0 && refsOf(v).length <= 20, "accountability.mattersRequired")
    .refine((v) => refsOf(v).every((r) => MATTER_REF_RE.test(r)), "accountability.matterRefFormat"),
  findings: requiredText(4000),
  persons: z.array(person).max(20, "tooLong"),
});
export type OpenAccountabilityInput = z.input<typeof openAccountabilitySchema>;
export type OpenAccountabilityData = z.output<typeof openAccountabilitySchema>;

/** The distinct reference numbers typed in the matters box. */
export function refsOf(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).map((s) => s.trim().toUpperCase()).filter(Boolean))];
}

export const decideSchema = z.object({ decision: requiredText(4000), seq: version });
export const closeSchema = z.object({ note: optionalText(1000), seq: version });
export const amendSchema = z.object({ field: z.enum(AMENDABLE_FIELDS, { error: "required" }), text: requiredText(4000), seq: version });
export const explainSchema = z.object({ text: requiredText(4000) });
export type DecideInput = z.input<typeof decideSchema>;
export type CloseInput = z.input<typeof closeSchema>;
export type AmendInput = z.input<typeof amendSchema>;
export type ExplainInput = z.input<typeof explainSchema>;

export type AccountabilityFilter = { status?: (typeof ACCOUNTABILITY_STATUSES)[number]; failure?: (typeof FAILURES)[number]; subjectOrgId?: number; direction?: "about" | "opened" };
export const ACCOUNTABILITY_FILTER_KEYS = ["status", "failure", "subject", "direction"] as const;

export function accountabilityFilterFrom(params: SearchParams): AccountabilityFilter {
  return {
    status: enumParam(params, "status", ACCOUNTABILITY_STATUSES),
    failure: enumParam(params, "failure", FAILURES),
    subjectOrgId: intParam(params, "subject"),
    direction: enumParam(params, "direction", ["about", "opened"] as const),
  };
}
