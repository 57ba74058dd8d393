// Enforcement-referral forms and list filters.
import { z } from "zod";
import type { IsoDate } from "@/lib/domain/dates";
import { REFERRAL_STATUSES } from "@/lib/domain/referral";
import { dateParam, enumParam, intParam, param, type FilterProblem, type SearchParams } from "@/lib/search-params";
import { attachmentFiles, idField, optionalText, requiredText, version } from "@/lib/validation/common";

export const createReferralSchema = z.object({
  areaId: idField,
  location: requiredText(200),
  findings: requiredText(2000),
  categoryId: idField,
  departmentOrgId: idField,
  overrideReason: optionalText(500),
  evidence: attachmentFiles,
});
export type CreateReferralInput = z.input<typeof createReferralSchema>;
export type CreateReferralData = z.output<typeof createReferralSchema>;

export const referralReturnSchema = z.object({ reason: requiredText(500), version });
export const rereferSchema = z.object({ departmentOrgId: idField, reason: requiredText(500), version });
export const outcomeSchema = z.object({
  measures: requiredText(2000),
  /** 行政处罚决定书文号, when a penalty was imposed, e.g. 哈城执罚决字〔2026〕第0123号 */
  penaltyDecisionNo: optionalText(80),
  version,
  files: attachmentFiles,
});
export const acknowledgeSchema = z.object({ note: optionalText(500), version });

export type ReferralReturnInput = z.input<typeof referralReturnSchema>;
export type RereferInput = z.input<typeof rereferSchema>;
export type OutcomeInput = z.input<typeof outcomeSchema>;
export type AcknowledgeInput = z.input<typeof acknowledgeSchema>;

export const REFERRAL_SORTS = ["recent", "due"] as const;
export const REFERRAL_STATUS_FILTERS = ["OPEN", ...REFERRAL_STATUSES] as const;

export type ReferralFilter = {
  /** Filter values that were not valid and were left out (shown on the page; an export refuses them). */
  problems?: FilterProblem[];
  q?: string;
  status?: (typeof REFERRAL_STATUS_FILTERS)[number];
  categoryId?: number;
  areaId?: number;
  streetId?: number;
  districtId?: number;
  departmentOrgId?: number;
  overdue?: boolean;
  from?: IsoDate;
  to?: IsoDate;
  sort: (typeof REFERRAL_SORTS)[number];
};

export const REFERRAL_FILTER_KEYS = ["q", "status", "category", "area", "street", "district", "department", "overdue", "from", "to", "sort"] as const;


export function referralFilterFrom(params: SearchParams): ReferralFilter {
  const problems: FilterProblem[] = [];
  return {
    q: param(params, "q"),
    status: enumParam(params, "status", REFERRAL_STATUS_FILTERS),
    categoryId: intParam(params, "category"),
    areaId: intParam(params, "area"),
    streetId: intParam(params, "street"),
    districtId: intParam(params, "district"),
    departmentOrgId: intParam(params, "department"),
    overdue: param(params, "overdue") === "1",
    from: dateParam(params, "from", problems),
    to: dateParam(params, "to", problems),
    sort: enumParam(params, "sort", REFERRAL_SORTS) ?? "recent",
    problems,
  };
}
