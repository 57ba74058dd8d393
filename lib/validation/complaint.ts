// Complaint forms (registration and each step of the lifecycle) and the list filters.
import { COMPLAINT_MEASURES, type ComplaintMeasure } from "@/lib/domain/assessment";
import { z } from "zod";
import { channelSchema, CHANNELS, COMPLAINT_STATUSES, replyMethodSchema, type Channel, type ComplaintStatus } from "@/lib/domain/complaint";
import { parseCityDateTime, type IsoDate } from "@/lib/domain/dates";
import { dateParam, enumParam, intParam, param, type FilterProblem, type SearchParams } from "@/lib/search-params";
import { attachmentFiles, idField, optionalId, optionalPhone, optionalText, requiredText, version } from "@/lib/validation/common";
import { petitionRegistrationFields, refinePetition } from "@/lib/validation/petition";

/** A "YYYY-MM-DDTHH:mm" time in the city, not in the future and at most a year back. */
export const pastCityDateTime = z
  .string()
  .trim()
  .refine((v) => parseCityDateTime(v) !== null, "dateTime")
  .refine((v) => (parseCityDateTime(v)?.getTime() ?? 0) <= Date.now() + 60_000, "notInFuture")
  .refine((v) => (parseCityDateTime(v)?.getTime() ?? 0) >= Date.now() - 366 * 86_400_000, "tooOld");

export const registerComplaintSchema = z.object({
  channel: channelSchema,
  channelRef: optionalText(60),
  receivedAt: pastCityDateTime,
  residentName: requiredText(40),
  residentPhone: optionalPhone,
  areaId: idField,
  categoryId: idField,
  aboutOrgId: optionalId,
  description: requiredText(2000),
  /** Set when the clerk links the new complaint to an open one as its duplicate. */
  duplicateOfId: optionalId,
  /** A collective petition (群体上访, issue 5) and its headcount. */
  ...petitionRegistrationFields,
  attachments: attachmentFiles,
}).superRefine(refinePetition);
export type RegisterComplaintInput = z.input<typeof registerComplaintSchema>;
export type RegisterComplaintData = z.output<typeof registerComplaintSchema>;

/** What the registration form sends to preview the routing and look for duplicates. */
export const routingPreviewSchema = z.object({
  areaId: optionalId,
  categoryId: optionalId,
  description: z.string().max(2000),
});
export type RoutingPreviewData = z.output<typeof routingPreviewSchema>;

export const versionOnlySchema = z.object({ version });

export const notAcceptSchema = z.object({ reason: requiredText(500), version });
export const assignSchema = z.object({ orgId: idField, overrideReason: optionalText(500), version });
export const reassignSchema = z.object({ orgId: idField, reason: requiredText(500), version });
export const returnSchema = z.object({ reason: requiredText(500), version });
export const pressSchema = z.object({ note: optionalText(500), version });
export const requestExtensionSchema = z.object({
  days: z.coerce.number({ error: "number" }).int("number").min(1, "number").max(365, "extensionTooLong"),
  reason: requiredText(500),
  version,
});
export const decideExtensionSchema = z.object({ approve: z.boolean(), note: optionalText(500), version });
export const handleSchema = z.object({ result: requiredText(2000), version });
export const replySchema = z.object({ method: replyMethodSchema, repliedAt: pastCityDateTime, note: optionalText(1000), version });

export type NotAcceptInput = z.input<typeof notAcceptSchema>;
export type AssignInput = z.input<typeof assignSchema>;
export type ReassignInput = z.input<typeof reassignSchema>;
export type ReturnInput = z.input<typeof returnSchema>;
export type PressInput = z.input<typeof pressSchema>;
export type RequestExtensionInput = z.input<typeof requestExtensionSchema>;
export type DecideExtensionInput = z.input<typeof decideExtensionSchema>;
export type HandleInput = z.input<typeof handleSchema>;
export type ReplyInput = z.input<typeof replySchema>;

// ─── List filters (the list page and the CSV export read the same parameters) ───

export const COMPLAINT_SORTS = ["recent", "received", "due"] as const;
export type ComplaintSort = (typeof COMPLAINT_SORTS)[number];
export const STATUS_FILTERS = ["OPEN", ...COMPLAINT_STATUSES] as const;

export type ComplaintFilter = {
  /** Filter values that were not valid and were left out (shown on the page; an export refuses them). */
  problems?: FilterProblem[];
  q?: string;
  /** 我的待办: open complaints this organisation must act on now (it holds them). */
  mine?: boolean;
  status?: (typeof STATUS_FILTERS)[number];
  channel?: Channel;
  categoryId?: number;
  areaId?: number;
  streetId?: number;
  districtId?: number;
  handlerOrgId?: number;
  overdue?: boolean;
  from?: IsoDate;
  to?: IsoDate;
  /** Drill-down from the assessment (lib/domain/assessment.ts): the matters behind one number. */
  measure?: ComplaintMeasure;
  /** The assessed unit (district, street office, community committee or property company). */
  unitOrgId?: number;
  sort: ComplaintSort;
};

/** The URL parameters of the complaint list. */
export const COMPLAINT_FILTER_KEYS = ["q", "mine", "status", "channel", "category", "area", "street", "district", "handler", "overdue", "from", "to", "measure", "unit", "sort"] as const;


export function complaintFilterFrom(params: SearchParams): ComplaintFilter {
  const problems: FilterProblem[] = [];
  // A first visit (no filter chosen) lists the open matters; "全部" is one choice away.
  const fresh = Object.keys(params).every((k) => k === "cursor");
  return {
    q: param(params, "q"),
    mine: param(params, "mine") === "1",
    status: fresh ? "OPEN" : enumParam(params, "status", STATUS_FILTERS),
    channel: enumParam(params, "channel", CHANNELS),
    categoryId: intParam(params, "category"),
    areaId: intParam(params, "area"),
    streetId: intParam(params, "street"),
    districtId: intParam(params, "district"),
    handlerOrgId: intParam(params, "handler"),
    overdue: param(params, "overdue") === "1",
    from: dateParam(params, "from", problems),
    to: dateParam(params, "to", problems),
    measure: enumParam(params, "measure", COMPLAINT_MEASURES),
    unitOrgId: intParam(params, "unit"),
    sort: enumParam(params, "sort", COMPLAINT_SORTS) ?? "recent",
    problems,
  };
}

export type { ComplaintStatus };
