"use server";
// The public rating page's two actions. No sign-in: the reference and the phone's last four
// digits identify the one complaint; lib/data/satisfaction.ts throttles guesses per address and
// per reference and answers a wrong pair exactly like an unknown reference.
import { requestIp } from "@/lib/auth";
import { parseInput, runAction, type ActionResult } from "@/lib/action-result";
import { lookUpForResident, rateAsResident, type PublicComplaintView } from "@/lib/data/satisfaction";
import { publicLookupSchema, publicRatingSchema } from "@/lib/validation/satisfaction";

export async function lookUpComplaintAction(input: unknown): Promise<ActionResult<PublicComplaintView>> {
  return runAction(async () => {
    const parsed = parseInput(publicLookupSchema, input);
    if (!parsed.ok) return parsed.result;
    const r = await lookUpForResident(parsed.data, await requestIp());
    return r.ok ? { ok: true, data: r.view } : { ok: false, formError: `public.${r.reason}` };
  });
}

export async function rateComplaintAction(input: unknown): Promise<ActionResult<PublicComplaintView>> {
  return runAction(async () => {
    const parsed = parseInput(publicRatingSchema, input);
    if (!parsed.ok) return parsed.result;
    const r = await rateAsResident(parsed.data, await requestIp());
    return r.ok ? { ok: true, data: r.view } : { ok: false, formError: `public.${r.reason}` };
  });
}
