// Planned-works and outage forms, and their list filters.
import { z } from "zod";
import { ISO_DATE_RE, parseCityDateTime, type IsoDate } from "@/lib/domain/dates";
import { OUTAGE_KINDS, OUTAGE_STATUSES } from "@/lib/domain/outage";
import { WORKS_STATUSES } from "@/lib/domain/works";
import { enumParam, intParam, param, type SearchParams } from "@/lib/search-params";
import { isoDate } from "@/lib/validation/calendar";
import { optionalText, requiredText, version } from "@/lib/validation/common";
import { PHONE_RE } from "@/lib/validation/common";
import { pastCityDateTime } from "@/lib/validation/complaint";

/** Residential areas picked with checkboxes: at least one, each a positive id. */
export const areaIdsField = z
  .array(z.coerce.number().int().positive())
  .or(z.coerce.number().int().positive().transform((v) => [v]))
  .or(z.literal(false).transform(() => [] as number[]))
  .transform((v) => [...new Set(v)])
  .refine((v) => v.length > 0, "areasRequired")
  .refine((v) => v.length <= 200, "tooMany");

const requiredPhone = z.string().trim().min(1, "required").refine((v) => PHONE_RE.test(v), "phone");

export const registerWorksSchema = z.object({
  title: requiredText(80),
  description: requiredText(2000),
  occupies: requiredText(500),
  startDate: isoDate,
  endDate: isoDate,
  contactName: requiredText(40),
  contactPhone: requiredPhone,
  areaIds: areaIdsField,
});
export type RegisterWorksInput = z.input<typeof registerWorksSchema>;
export type RegisterWorksData = z.output<typeof registerWorksSchema>;

export const restorationSchema = z.object({ restoredOn: isoDate, note: requiredText(1000), version });
export const cancelWorksSchema = z.object({ reason: requiredText(500), version });
export const answerRestorationSchema = z
  .object({ confirm: z.boolean(), note: optionalText(500), version })
  .refine((v) => v.confirm || v.note.length > 0, { path: ["note"], message: "disputeReasonRequired" });
export type RestorationInput = z.input<typeof restorationSchema>;
export type CancelWorksInput = z.input<typeof cancelWorksSchema>;
export type AnswerRestorationInput = z.input<typeof answerRestorationSchema>;

/** A "YYYY-MM-DDTHH:mm" city time (outage start and expected end may lie ahead). */
const cityDateTime = z.string().trim().refine((v) => parseCityDateTime(v) !== null, "dateTime");

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

function dateParam(params: SearchParams, key: string): IsoDate | undefined {
  const v = param(params, key);
  return v && ISO_DATE_RE.test(v) ? v : undefined;
}

export const WORKS_SORTS = ["recent", "start"] as const;
export type WorksFilter = {
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
  return {
    q: param(params, "q"),
    status: enumParam(params, "status", WORKS_STATUSES),
    areaId: intParam(params, "area"),
    streetId: intParam(params, "street"),
    districtId: intParam(params, "district"),
    utilityOrgId: intParam(params, "utility"),
    overdue: param(params, "overdue") === "1",
    from: dateParam(params, "from"),
    to: dateParam(params, "to"),
    sort: enumParam(params, "sort", WORKS_SORTS) ?? "recent",
  };
}

export type OutageFilter = {
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
  return {
    q: param(params, "q"),
    status: enumParam(params, "status", OUTAGE_STATUSES),
    kind: enumParam(params, "kind", OUTAGE_KINDS),
    areaId: intParam(params, "area"),
    streetId: intParam(params, "street"),
    districtId: intParam(params, "district"),
    utilityOrgId: intParam(params, "utility"),
    overdue: param(params, "overdue") === "1",
    from: dateParam(params, "from"),
    to: dateParam(params, "to"),
  };
}
