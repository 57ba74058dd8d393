// Collective petitions (群体上访, §四): "delay and buck-passing that lead to collective petitions
// are held to account". A petition that follows an overdue or bounced matter about the same
// residential area is flagged for accountability review. Pure (docs/decisions/031).
import { z } from "zod";
import { daysBetween, type IsoDate } from "@/lib/domain/dates";

/** How far back a petition looks for the matter it may have grown out of. */
export const PETITION_LOOKBACK_DAYS = 90;
export const MIN_PETITION_HEADCOUNT = 2;

/** The petition fields of the registration form and of the record page's "mark" action. */
export const petitionFieldsSchema = z
  .object({
    isPetition: z.boolean(),
    petitionHeadcount: z.number().int().max(100_000, { message: "petitionHeadcount" }).nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.isPetition && (v.petitionHeadcount === null || v.petitionHeadcount < MIN_PETITION_HEADCOUNT)) {
      ctx.addIssue({ code: "custom", path: ["petitionHeadcount"], message: "petitionHeadcount" });
    }
  });

/** An earlier matter about the same area, as the data layer summarises it. */
export type PriorMatter = { id: number; ref: string; receivedOn: IsoDate; overdue: boolean; bounced: boolean };
export type ReviewReason = { id: number; ref: string; reason: "OVERDUE" | "BOUNCED" };

/**
 * The earlier matters that make this petition an accountability case: received in the
 * PETITION_LOOKBACK_DAYS before it (not after, not itself) and overdue or bounced.
 * Empty when the complaint is not a petition.
 */
export function accountabilityReview(petition: { id: number; isPetition: boolean | null; receivedOn: IsoDate }, priors: readonly PriorMatter[]): ReviewReason[] {
  if (!petition.isPetition) return [];
  const reasons: ReviewReason[] = [];
  for (const p of priors) {
    if (p.id === petition.id) continue;
    const age = daysBetween(p.receivedOn, petition.receivedOn);
    if (age < 0 || age > PETITION_LOOKBACK_DAYS) continue;
    if (p.overdue) reasons.push({ id: p.id, ref: p.ref, reason: "OVERDUE" });
    else if (p.bounced) reasons.push({ id: p.id, ref: p.ref, reason: "BOUNCED" });
  }
  return reasons;
}

/** Whether a complaint missed its deadline: still open past it, or handled after it. */
export function wasOverdue(c: { currentDueDate: IsoDate | null; handledOn: IsoDate | null; dueDate: IsoDate | null }, today: IsoDate): boolean {
  if (c.currentDueDate !== null && c.currentDueDate < today) return true;
  return c.handledOn !== null && c.dueDate !== null && c.handledOn > c.dueDate;
}
