// Buck-passing signals over the matters in the actor's scope: complaint holder chains, referral
// hand-overs and dispute escalations, loaded in one bounded query per kind (no N+1), judged by
// lib/domain/buck-passing.ts and named with organisation names.
import "server-only";
import { db } from "@/lib/db";
import { complaintMoves, detectSignals, escalationMoves, referralMoves, type BuckPassingSignal, type SignalKind } from "@/lib/domain/buck-passing";
import { scoped, type Actor } from "@/lib/scope";
import { orgNames } from "@/lib/data/records";
import { sharedForOrg } from "@/lib/data/shared-cache";
import { findRows } from "@/lib/data/read";

/** Only the most recent matters are examined: the view is a work list, not an archive. */
const EXAMINED = 500;

export type MatterType = "COMPLAINT" | "REFERRAL" | "DISPUTE";
export type NamedSignal = { kind: SignalKind; count: number; orgs: { id: number; name: string }[] };
export type MatterSignals = { matterType: MatterType; id: number; ref: string; title: string; href: string; signals: NamedSignal[] };

type Raw = { matterType: MatterType; id: number; ref: string; title: string; href: string; signals: BuckPassingSignal[] };

/** The complaints (by id) in scope that raise a signal, with their signals (ids only). */
async function complaintSignals(actor: Actor, where: { id?: { in: number[] } } = {}): Promise<Raw[]> {
  const rows = await findRows("Complaint", {
    where: scoped(actor, "complaint", { handOverCount: { gte: 2 }, ...where }),
    select: ["id", "ref", "description", "registeredOrgId"],
    // The most handed-over first: this order walks the (scope, handOverCount, id) index, so the
    // few complaints handed over twice or more are found without reading the scope's others.
    orderBy: [["handOverCount", "desc"], ["id", "desc"]],
    take: EXAMINED,
  });
  if (rows.length === 0) return [];
  const holders = await findRows("ComplaintHolder", { where: { complaintId: { in: rows.map((c) => c.id) } }, select: ["complaintId", "orgId", "endedAs"], orderBy: [["complaintId", "asc"], ["seq", "asc"]] });
  const chains = new Map<number, { orgId: number; endedAs: string | null }[]>();
  for (const h of holders) {
    const chain = chains.get(h.complaintId);
    if (chain) chain.push(h);
    else chains.set(h.complaintId, [h]);
  }
  rows.sort((a, b) => b.id - a.id);
  return rows.map((c) => ({
    matterType: "COMPLAINT" as const, id: c.id, ref: c.ref, title: c.description.slice(0, 60), href: `/complaints/${c.id}`,
    signals: detectSignals(complaintMoves(c.registeredOrgId, chains.get(c.id) ?? [])),
  }));
}

async function referralSignals(actor: Actor): Promise<Raw[]> {
  // From the "returned" events (an index on kind) to their referrals, as for disputes below.
  const returned = await db.referralEvent.findMany({
    where: { kind: "RETURNED", referral: scoped(actor, "enforcementReferral") },
    select: { referralId: true },
    orderBy: { referralId: "desc" },
    take: EXAMINED * 4,
  });
  if (returned.length === 0) return [];
  const rows = await db.enforcementReferral.findMany({
    where: scoped(actor, "enforcementReferral", { id: { in: [...new Set(returned.map((r) => r.referralId))] } }),
    select: {
      id: true, ref: true, location: true, referringOrgId: true,
      events: { where: { kind: { in: ["REFERRED", "REREFERRED", "RETURNED"] } }, select: { kind: true, toOrgId: true, actorOrgId: true }, orderBy: { id: "asc" } },
    },
    orderBy: { id: "desc" },
    take: EXAMINED,
  });
  return rows.map((r) => ({
    matterType: "REFERRAL" as const, id: r.id, ref: r.ref, title: r.location, href: `/referrals/${r.id}`,
    signals: detectSignals(referralMoves(r.referringOrgId, r.events)),
  }));
}

async function disputeSignals(actor: Actor): Promise<Raw[]> {
  // From the returned escalations (an index on status) to their disputes: walking the scope's
  // disputes and probing each for a returned escalation reads 100,000 disputes at city scale.
  const returned = await db.escalation.findMany({
    where: scoped(actor, "escalation", { status: "RETURNED" }),
    select: { disputeId: true },
    orderBy: { disputeId: "desc" },
    take: EXAMINED * 4,
  });
  if (returned.length === 0) return [];
  const rows = await db.dispute.findMany({
    where: scoped(actor, "dispute", { id: { in: [...new Set(returned.map((r) => r.disputeId))] } }),
    select: { id: true, ref: true, title: true, escalations: { select: { fromOrgId: true, toOrgId: true, status: true }, orderBy: { id: "asc" } } },
    orderBy: { id: "desc" },
    take: EXAMINED,
  });
  return rows.map((d) => ({ matterType: "DISPUTE" as const, id: d.id, ref: d.ref, title: d.title, href: `/disputes/${d.id}`, signals: detectSignals(escalationMoves(d.escalations)) }));
}

async function named(raw: Raw[]): Promise<MatterSignals[]> {
  const flagged = raw.filter((r) => r.signals.length > 0);
  const names = await orgNames(flagged.flatMap((r) => r.signals.flatMap((s) => s.orgIds)));
  return flagged.map((r) => ({
    ...r,
    signals: r.signals.map((s) => ({ kind: s.kind, count: s.count, orgs: s.orgIds.map((id) => ({ id, name: names.get(id) ?? "" })) })),
  }));
}

/** Every matter in the actor's scope that raises a buck-passing signal, most recent first: the
 * same for everyone of the organisation until a matter changes (shared-cache.ts). */
export async function buckPassingSignals(actor: Actor): Promise<MatterSignals[]> {
  return sharedForOrg(actor, "buckPassing", () => signalsOf(actor));
}

async function signalsOf(actor: Actor): Promise<MatterSignals[]> {
  const [complaints, referrals, disputes] = await Promise.all([complaintSignals(actor), referralSignals(actor), disputeSignals(actor)]);
  return named([...complaints, ...referrals, ...disputes]);
}

/** The signals of one complaint in scope (its record page); empty when it raises none or is out of scope. */
export async function complaintBuckPassing(actor: Actor, complaintId: number): Promise<NamedSignal[]> {
  const raw = await complaintSignals(actor, { id: { in: [complaintId] } });
  return (await named(raw))[0]?.signals ?? [];
}

/** Which of these complaints (in scope) raise a signal: the petition rule's "bounced". */
export async function bouncedComplaintIds(actor: Actor, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const raw = await complaintSignals(actor, { id: { in: [...ids] } });
  return new Set(raw.filter((r) => r.signals.length > 0).map((r) => r.id));
}
