// Planned-works and outage forms, and their list filters.
import { z } from "zod";
import { parseCityDateTime, type IsoDate } from "@/lib/domain/dates";
import { OUTAGE_KINDS, OUTAGE_STATUSES } from "@/lib/domain/outage";
import { WORKS_STATUSES } from "@/lib/domain/works";
import { dateParam, enumParam, intParam, param, type FilterProblem, type SearchParams } from "@/lib/search-params";
import { isoDate } from "@/lib/validation/calendar";
import { attachmentFiles, idField, optionalText, plannedDate, requiredText, version, withinDueHorizon } from "@/lib/validation/common";
import { PHONE_RE } from "@/lib/validation/common";
import { pastCityDateTime } from "@/lib/validation/complaint";

/** Residential areas picked with checkboxes: at least one, each a positive id. */
export const areaIdsField = z
  .array(idField)
  .or(idField.transform((v) => [v]))
  .or(z.literal(false).transform(() => [] as number[]))
  .transform((v) => [...new Set(v)])
  .refine((v) => v.length > 0, "areasRequired")
  .refine((v) => v.length <= 200, "tooMany");

const requiredPhone = z.string().trim().min(1, "required").refine((v) => PHONE_RE.test(v), "phone");

export const registerWorksSchema = z.object({
  title: requiredText(80),
  description: requiredText(2000),
  occupies: requiredText(500),
  startDate: plannedDate(),
  endDate: plannedDate(),
  contactName: requiredText(40),
  contactPhone: requiredPhone,
  areaIds: areaIdsField,
});
export type RegisterWorksInput = z.input<typeof registerWorksSchema>;
export type RegisterWorksData = z.output<typeof registerWorksSchema>;

export const restorationSchema = z.object({ restoredOn: isoDate, note: requiredText(1000), version, files: attachmentFiles });
export const cancelWorksSchema = z.object({ reason: requiredText(500), version });
export const answerRestorationSchema = z
  .object({ confirm: z.boolean(), note: optionalText(500), version })
  .refine((v) => v.confirm || v.note.length > 0, { path: ["note"], message: "disputeReasonRequired" });
export type RestorationInput = z.input<typeof restorationSchema>;
export type CancelWorksInput = z.input<typeof cancelWorksSchema>;
export type AnswerRestorationInput = z.input<typeof answerRestorationSchema>;

/** A "YYYY-MM-DDTHH:mm" city time (outage start and expected end may lie ahead). */
const cityDateTime = z
  .string()
  .trim()
  .refine((v) => parseCityDateTime(v) !== null, "dateTime")
  .refine((v) => parseCityDateTime(v) === null || withinDueHorizon(v.slice(0, 10)), "dueTooFar");

export const registerOutageSchema = z.object({
  reason: requiredText(1000),
  startAt: cityDateTime,
  expectedEndAt: cityDateTime,
  areaIds: areaIdsField,
});
export type RegisterOutageInput = z.input<typeof registerOutageSchema>;
export type RegisterOutageData = z.output<typeof registerOutageSchema>;

export const restoreOutageSchema = z.object({ actualEndAt: pastCityDateTime, note: optionalText(1000), version });
export const confirmAssistSchema = z.object({ note: requiredText(500), version });
export type RestoreOutageInput = z.input<typeof restoreOutageSchema>;
export type ConfirmAssistInput = z.input<typeof confirmAssistSchema>;

// ─── List filters ───


export const WORKS_SORTS = ["recent", "start"] as const;
export type WorksFilter = {
  /** Filter values that were not valid and were left out (shown on the page; an export refuses them). */
  problems?: FilterProblem[];
  q?: string;
  status?: (typeof WORKS_STATUSES)[number];
  areaId?: number;
  streetId?: number;
  districtId?: number;
  utilityOrgId?: number;
  overdue?: boolean;
  from?: IsoDate;
  to?: IsoDate;
  sort: (typeof WORKS_SORTS)[number];
};
export const WORKS_FILTER_KEYS = ["q", "status", "area", "street", "district", "utility", "overdue", "from", "to", "sort"] as const;

export function worksFilterFrom(params: SearchParams): WorksFilter {
  const problems: FilterProblem[] = [];
  return {
    q: param(params, "q"),
    status: enumParam(params, "status", WORKS_STATUSES),
    areaId: intParam(params, "area"),
    streetId: intParam(params, "street"),
    districtId: intParam(params, "district"),
    utilityOrgId: intParam(params, "utility"),
    overdue: param(params, "overdue") === "1",
    from: dateParam(params, "from", problems),
    to: dateParam(params, "to", problems),
    sort: enumParam(params, "sort", WORKS_SORTS) ?? "recent",
    problems,
  };
}

export type OutageFilter = {
  /** Filter values that were not valid and were left out (shown on the page; an export refuses them). */
  problems?: FilterProblem[];
  q?: string;
  status?: (typeof OUTAGE_STATUSES)[number];
  kind?: (typeof OUTAGE_KINDS)[number];
  areaId?: number;
  streetId?: number;
  districtId?: number;
  utilityOrgId?: number;
  overdue?: boolean;
  from?: IsoDate;
  to?: IsoDate;
};
export const OUTAGE_FILTER_KEYS = ["q", "status", "kind", "area", "street", "district", "utility", "overdue", "from", "to"] as const;

export function outageFilterFrom(params: SearchParams): OutageFilter {
  const problems: FilterProblem[] = [];
  return {
    q: param(params, "q"),
    status: enumParam(params, "status", OUTAGE_STATUSES),
    kind: enumParam(params, "kind", OUTAGE_KINDS),
    areaId: intParam(params, "area"),
    streetId: intParam(params, "street"),
    districtId: intParam(params, "district"),
    utilityOrgId: intParam(params, "utility"),
    overdue: param(params, "overdue") === "1",
    from: dateParam(params, "from", problems),
    to: dateParam(params, "to", problems),
    problems,
  };
}
