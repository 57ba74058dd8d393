// The duty-matrix form.
import { z } from "zod";
import { orgKindSchema, sectorsFor } from "@/lib/domain/organisation";
import { optionalId, optionalText, requiredText, version } from "@/lib/validation/common";

export const dutySchema = z
  .object({
    code: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "dutyCode"),
    name: requiredText(60),
    nameEn: optionalText(100),
    policyText: requiredText(1000),
    responsibleKind: orgKindSchema,
    responsibleSector: z.string().trim(),
    responsibleOrgId: optionalId,
    propertyScope: z.boolean(),
    sortOrder: z.coerce.number({ error: "number" }).int("number").min(0, "number").max(9999, "tooLarge"),
    active: z.boolean(),
    /** Routing words, separated by commas, spaces or 、 */
    keywords: z.string().max(2000, "tooLong"),
    version: version.optional(),
  })
  .superRefine((v, ctx) => {
    const sectors = sectorsFor(v.responsibleKind);
    if (sectors.length > 0 && !(sectors as readonly string[]).includes(v.responsibleSector) && v.responsibleOrgId === null) {
      ctx.addIssue({ code: "custom", path: ["responsibleSector"], message: "required" });
    }
  })
  .transform((v) => ({
    ...v,
    responsibleSector: sectorsFor(v.responsibleKind).length > 0 && v.responsibleSector ? v.responsibleSector : null,
    keywordList: [...new Set(v.keywords.split(/[\s,，、;；]+/).map((k) => k.trim()).filter(Boolean))],
  }));
export type DutyInput = z.input<typeof dutySchema>;
export type DutyData = z.output<typeof dutySchema>;
