// Forms of disputes and escalations. Messages are keys of the "validation" catalog.
import { z } from "zod";
import { disputeLevelSchema, urgencySchema } from "@/lib/domain/dispute";
import { attachmentFiles, idField, optionalText, requiredText, version } from "@/lib/validation/common";

/** Checkbox groups arrive as an array, a single value, or false when nothing is ticked. */
export const idList = z.preprocess(
  (v) => (v === false || v === null || v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(idField).max(200, "tooMany"),
);

export const MAX_DISPUTE_AREAS = 20;

export const disputeSchema = z.object({
  title: requiredText(100),
  description: requiredText(4000),
  parties: optionalText(1000),
  urgency: urgencySchema,
  areaIds: idList.refine((ids) => ids.length > 0, "meeting.areasRequired").refine((ids) => ids.length <= MAX_DISPUTE_AREAS, "tooMany"),
  unitIds: idList,
  version: version.optional(),
  attachments: attachmentFiles,
});
export type DisputeInput = z.input<typeof disputeSchema>;
export type DisputeData = z.output<typeof disputeSchema>;

export const escalateSchema = z.object({
  toLevel: disputeLevelSchema,
  reason: requiredText(2000),
  version,
});
export type EscalateInput = z.input<typeof escalateSchema>;

export const decideEscalationSchema = z
  .object({
    decision: z.enum(["accept", "return"]),
    reason: optionalText(2000),
    version,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && v.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "meeting.returnReasonRequired" });
  });
export type DecideEscalationInput = z.input<typeof decideEscalationSchema>;

export const reopenSchema = z.object({ reason: requiredText(2000), version });
export type ReopenInput = z.input<typeof reopenSchema>;
