// Accountability records (责任追究): opening one on an organisation for its matters, the unit's
// explanation, the decision and closing as new history rows, corrections as amendments. Every
// table is append-only (migration triggers); persons responsible leave lib/data only for the
// opening authority and the city (docs/decisions/032).
import "server-only";
import type { Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  allowedActions,
  currentStatus,
  currentText,
  mayAct,
  mayOpenOn,
  maySeePersons,
  nextAccountabilityRef,
  nextStatus,
  scopeDistrictOf,
  type AccountabilityAction,
  type AccountabilityStatus,
  type AmendableField,
  type MatterType,
} from "@/lib/domain/accountability";
import { cityDate } from "@/lib/domain/dates";
import { AppError, notFound } from "@/lib/errors";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { refsOf, type AccountabilityFilter, type OpenAccountabilityData } from "@/lib/validation/accountability";
import { writeAudit } from "@/lib/data/audit";
import { notify } from "@/lib/data/notifications";
import type { Page, PageRequest } from "@/lib/data/paging";
import { directory } from "@/lib/data/directory";
import { allColumns, countBy, findRow, findRows } from "@/lib/data/read";
import { shared } from "@/lib/data/shared-cache";

/** Where a matter of each type is shown. */
export function matterHref(type: string, id: number): string {
  return type === "COMPLAINT" ? `/complaints/${id}` : type === "REFERRAL" ? `/referrals/${id}` : `/disputes/${id}`;
}

/** The opener as the domain rules see it: a district's scope district, else the organisation's. */
function opener(actor: Actor) {
  return { orgId: actor.orgId, orgKind: actor.orgKind, districtId: actor.scope.level === "DISTRICT" ? actor.scope.districtId : null };
}

async function subjectOf(tx: Tx, orgId: number) {
  const org = await tx.organisation.findFirst({ where: { id: orgId, active: true }, select: { id: true, name: true, kind: true, districtId: true } });
  if (!org) return null;
  const managed = org.kind === "PROPERTY_COMPANY"
    ? await tx.residentialArea.findMany({ where: { propertyCompanyId: org.id }, select: { districtId: true }, distinct: ["districtId"] })
    : [];
  return { ...org, managesInDistricts: managed.map((a) => a.districtId) };
}

/** The organisations this actor may open a record on (the form's choices). */
export async function accountabilitySubjects(actor: Actor): Promise<{ id: number; name: string; kind: string }[]> {
  requirePermission(actor, "accountability.open");
  const o = opener(actor);
  const where: Prisma.OrganisationWhereInput = o.orgKind === "HOUSING_BUREAU"
    ? { active: true, id: { not: actor.orgId } }
    : {
        active: true, id: { not: actor.orgId }, kind: { not: "DISTRICT_GOVERNMENT" },
        OR: [{ districtId: o.districtId ?? -1 }, { kind: "PROPERTY_COMPANY", areasManaged: { some: { districtId: o.districtId ?? -1 } } }],
      };
  // The same for every user of the opening organisation: kept until the directory changes.
  return shared(`accountabilitySubjects:${JSON.stringify(where)}`, ["directory"], () =>
    findRows("Organisation", { where, select: ["id", "name", "kind"], orderBy: [["kind", "asc"], ["name", "asc"]], take: 2000 }),
  );
}

/** Resolves typed reference numbers to matters the actor sees; unknown or out-of-scope ones are a field error. */
async function resolveMatters(tx: Tx, actor: Actor, refs: string[]): Promise<{ matterType: MatterType; matterId: number; ref: string }[]> {
  const [complaints, referrals, disputes] = await Promise.all([
    tx.complaint.findMany({ where: scoped(actor, "complaint", { ref: { in: refs } }), select: { id: true, ref: true } }),
    tx.enforcementReferral.findMany({ where: scoped(actor, "enforcementReferral", { ref: { in: refs } }), select: { id: true, ref: true } }),
    tx.dispute.findMany({ where: scoped(actor, "dispute", { ref: { in: refs } }), select: { id: true, ref: true } }),
  ]);
  const found = [
    ...complaints.map((c) => ({ matterType: "COMPLAINT" as const, matterId: c.id, ref: c.ref })),
    ...referrals.map((r) => ({ matterType: "REFERRAL" as const, matterId: r.id, ref: r.ref })),
    ...disputes.map((d) => ({ matterType: "DISPUTE" as const, matterId: d.id, ref: d.ref })),
  ];
  const known = new Set(found.map((f) => f.ref));
  if (refs.some((r) => !known.has(r))) throw new AppError("validation", { fieldErrors: { matterRefs: ["accountability.matterUnknown"] } });
  return found;
}

/** Opens a record: the record, its matters and persons and its first history row in one transaction. */
export async function openAccountability(actor: Actor, data: OpenAccountabilityData, ip = ""): Promise<number> {
  requirePermission(actor, "accountability.open");
  return writeTransaction(async (tx) => {
    const subject = await subjectOf(tx, data.subjectOrgId);
    if (!subject || !mayOpenOn(opener(actor), subject)) throw new AppError("validation", { fieldErrors: { subjectOrgId: ["orgKind"] } });
    const matters = await resolveMatters(tx, actor, refsOf(data.matterRefs));
    const year = Number(cityDate(new Date()).slice(0, 4));
    const last = await tx.accountabilityRecord.findFirst({ where: { ref: { startsWith: `ZZ-${year}-` } }, select: { ref: true }, orderBy: { ref: "desc" } });
    const ref = nextAccountabilityRef(year, last?.ref ?? null);
    const record = await tx.accountabilityRecord.create({
      data: {
        ref, subjectOrgId: subject.id, scopeDistrictId: scopeDistrictOf(opener(actor), subject), openedByOrgId: actor.orgId, openedById: actor.userId,
        openedByName: actor.name, failure: data.failure, findings: data.findings,
        matters: { create: matters },
        persons: { create: data.persons.map((p) => ({ name: p.name, position: p.position })) },
        history: { create: { seq: 1, kind: "OPENED", status: "OPEN", actorUserId: actor.userId, actorName: actor.name, actorOrgId: actor.orgId } },
      },
    });
    await notify(tx, [subject.id], { type: "accountability.opened", entityType: "AccountabilityRecord", entityId: record.id, message: "accountability.opened", params: { ref, by: actor.orgName } });
    await writeAudit(tx, actor, {
      action: "accountability.open", entity: "AccountabilityRecord", entityId: record.id, summary: `${ref} ${subject.name} ${data.failure}`,
      details: { subjectOrgId: subject.id, matters: matters.map((m) => m.ref), persons: data.persons.length }, ip,
    });
    return record.id;
  });
}

type HistoryRow = { id: number; seq: number; kind: string; status: string; field: string | null; text: string; actorName: string; actorOrgId: number; at: Date };

export type AccountabilityRow = {
  id: number; ref: string; failure: string; status: AccountabilityStatus; createdAt: Date;
  subject: { id: number; name: string }; openedBy: { id: number; name: string }; matterCount: number; explanationCount: number;
};

export type AccountabilityDetail = AccountabilityRow & {
  findings: string;
  originalFindings: string;
  decision: string;
  openedByName: string;
  matters: { matterType: string; matterId: number; ref: string; href: string; visible: boolean }[];
  /** null: hidden from this actor (only the opening authority and the city see them). */
  persons: { name: string; position: string }[] | null;
  explanations: { id: number; orgName: string; authorName: string; text: string; at: Date }[];
  history: (HistoryRow & { actorOrgName: string })[];
  seq: number;
  allowed: AccountabilityAction[];
};

function permitted(actor: Actor, actions: AccountabilityAction[]): AccountabilityAction[] {
  return actions.filter((a) => can(actor, a === "explain" ? "accountability.explain" : "accountability.open"));
}

function statusWhere(status: AccountabilityStatus): Prisma.AccountabilityRecordWhereInput {
  // Statuses only move forward, so "has reached" is an indexed EXISTS.
  switch (status) {
    case "OPEN":
      return { history: { none: { status: { in: ["DECIDED", "CLOSED"] } } } };
    case "DECIDED":
      return { AND: [{ history: { some: { status: "DECIDED" } } }, { history: { none: { status: "CLOSED" } } }] };
    case "CLOSED":
      return { history: { some: { status: "CLOSED" } } };
  }
}

/** A page of records in scope, newest first (keyset on id). */
export async function listAccountability(actor: Actor, filter: AccountabilityFilter, page: PageRequest): Promise<Page<AccountabilityRow>> {
  requirePermission(actor, "accountability.view");
  const and: Prisma.AccountabilityRecordWhereInput[] = [];
  if (filter.status) and.push(statusWhere(filter.status));
  if (filter.failure) and.push({ failure: filter.failure });
  if (filter.subjectOrgId) and.push({ subjectOrgId: filter.subjectOrgId });
  if (filter.direction === "about") and.push({ subjectOrgId: actor.orgId });
  if (filter.direction === "opened") and.push({ openedByOrgId: actor.orgId });
  if (page.cursor) and.push({ id: { lt: page.cursor } });
  const [rows, dir] = await Promise.all([
    findRows("AccountabilityRecord", {
      where: scoped(actor, "accountabilityRecord", ...and),
      select: ["id", "ref", "failure", "createdAt", "subjectOrgId", "openedByOrgId"],
      orderBy: [["id", "desc"]],
      take: page.size + 1,
    }),
    directory(),
  ]);
  const more = rows.length > page.size;
  const shown = more ? rows.slice(0, page.size) : rows;
  const ids = shown.map((r) => r.id);
  const [history, matters, explanations] = ids.length === 0
    ? [[], [], []]
    : await Promise.all([
        findRows("AccountabilityEvent", { where: { recordId: { in: ids } }, select: ["recordId", "seq", "status"] }),
        countBy("AccountabilityMatter", ["recordId"], { recordId: { in: ids } }),
        countBy("AccountabilityExplanation", ["recordId"], { recordId: { in: ids } }),
      ]);
  const historyOf = new Map<number, { seq: number; status: string }[]>();
  for (const h of history) {
    const list = historyOf.get(h.recordId);
    if (list) list.push(h);
    else historyOf.set(h.recordId, [h]);
  }
  const matterCount = new Map(matters.map((m) => [m.recordId, m.count]));
  const explanationCount = new Map(explanations.map((e) => [e.recordId, e.count]));
  const name = (id: number) => dir.orgs.get(id)?.name ?? "";
  return {
    rows: shown.map((r) => ({
      id: r.id, ref: r.ref, failure: r.failure, createdAt: r.createdAt, status: currentStatus(historyOf.get(r.id) ?? []),
      subject: { id: r.subjectOrgId, name: name(r.subjectOrgId) }, openedBy: { id: r.openedByOrgId, name: name(r.openedByOrgId) },
      matterCount: matterCount.get(r.id) ?? 0, explanationCount: explanationCount.get(r.id) ?? 0,
    })),
    nextCursor: more ? (shown.at(-1)?.id ?? null) : null,
  };
}

/** Which linked matters this actor may open (a link to a matter out of its scope would only 404). */
async function visibleMatters(actor: Actor, matters: { matterType: string; matterId: number }[]): Promise<Set<string>> {
  const ids = (t: string) => matters.filter((m) => m.matterType === t).map((m) => m.matterId);
  const [c, r, d] = await Promise.all([
    can(actor, "complaints.view") ? findRows("Complaint", { where: scoped(actor, "complaint", { id: { in: ids("COMPLAINT") } }), select: ["id"] }) : [],
    can(actor, "referrals.view") ? findRows("EnforcementReferral", { where: scoped(actor, "enforcementReferral", { id: { in: ids("REFERRAL") } }), select: ["id"] }) : [],
    can(actor, "disputes.view") ? findRows("Dispute", { where: scoped(actor, "dispute", { id: { in: ids("DISPUTE") } }), select: ["id"] }) : [],
  ]);
  return new Set([...c.map((x) => `COMPLAINT:${x.id}`), ...r.map((x) => `REFERRAL:${x.id}`), ...d.map((x) => `DISPUTE:${x.id}`)]);
}

export async function getAccountability(actor: Actor, id: number): Promise<AccountabilityDetail> {
  requirePermission(actor, "accountability.view");
  const [r, dir] = await Promise.all([
    findRow("AccountabilityRecord", { where: scoped(actor, "accountabilityRecord", { id }), select: allColumns("AccountabilityRecord") }),
    directory(),
  ]);
  if (!r) throw notFound();
  const showPersons = maySeePersons(actor, r);
  const [matters, persons, explanations, history] = await Promise.all([
    findRows("AccountabilityMatter", { where: { recordId: id }, select: ["matterType", "matterId", "ref"], orderBy: [["id", "asc"]] }),
    showPersons ? findRows("AccountabilityPerson", { where: { recordId: id }, select: ["name", "position"], orderBy: [["id", "asc"]] }) : null,
    findRows("AccountabilityExplanation", { where: { recordId: id }, select: ["id", "orgId", "authorName", "text", "at"], orderBy: [["id", "asc"]] }),
    findRows("AccountabilityEvent", { where: { recordId: id }, select: allColumns("AccountabilityEvent"), orderBy: [["seq", "asc"]] }),
  ]);
  const visible = await visibleMatters(actor, matters);
  const name = (orgId: number) => dir.orgs.get(orgId)?.name ?? "";
  const status = currentStatus(history);
  const state = { status, openedByOrgId: r.openedByOrgId, subjectOrgId: r.subjectOrgId };
  return {
    id: r.id, ref: r.ref, failure: r.failure, status, createdAt: r.createdAt, openedByName: r.openedByName,
    subject: { id: r.subjectOrgId, name: name(r.subjectOrgId) }, openedBy: { id: r.openedByOrgId, name: name(r.openedByOrgId) },
    matterCount: matters.length, explanationCount: explanations.length,
    originalFindings: r.findings,
    findings: currentText(r.findings, history, "FINDINGS"),
    decision: currentText("", history, "DECISION"),
    matters: matters.map((m) => ({ matterType: m.matterType, matterId: m.matterId, ref: m.ref, href: matterHref(m.matterType, m.matterId), visible: visible.has(`${m.matterType}:${m.matterId}`) })),
    persons,
    explanations: explanations.map((e) => ({ id: e.id, orgName: name(e.orgId), authorName: e.authorName, text: e.text, at: e.at })),
    history: history.map((h) => ({ ...h, actorOrgName: name(h.actorOrgId) })),
    seq: history.at(-1)?.seq ?? 1,
    allowed: permitted(actor, allowedActions(state, actor.orgId)),
  };
}

/**
 * One change of the record as a new history row, in one transaction: the record in scope, the
 * history as the user saw it (else conflict; the unique (recordId, seq) index also catches a race),
 * an allowed action (else invalidTransition), then the row, the notice and the audit row.
 */
async function addHistory(
  actor: Actor, id: number, seenSeq: number, action: "decide" | "close" | "amend", row: { kind: string; field?: AmendableField; text: string }, ip: string,
): Promise<void> {
  requirePermission(actor, "accountability.open");
  await writeTransaction(async (tx) => {
    const r = await tx.accountabilityRecord.findFirst({ where: scoped(actor, "accountabilityRecord", { id }), include: { history: { select: { seq: true, status: true }, orderBy: { seq: "asc" } } } });
    if (!r) throw notFound();
    const seq = r.history.at(-1)?.seq ?? 0;
    if (seq !== seenSeq) throw new AppError("conflict");
    const state = { status: currentStatus(r.history), openedByOrgId: r.openedByOrgId, subjectOrgId: r.subjectOrgId };
    if (!mayAct(state, action, actor.orgId)) throw new AppError("invalidTransition");
    const status = action === "amend" ? state.status : nextStatus(state, action);
    if (!status) throw new AppError("invalidTransition");
    await tx.accountabilityEvent.create({
      data: { recordId: id, seq: seq + 1, kind: row.kind, status, field: row.field ?? null, text: row.text, actorUserId: actor.userId, actorName: actor.name, actorOrgId: actor.orgId },
    });
    await notify(tx, [r.subjectOrgId], { type: `accountability.${action}`, entityType: "AccountabilityRecord", entityId: id, message: `accountability.${action}`, params: { ref: r.ref } });
    await writeAudit(tx, actor, { action: `accountability.${action}`, entity: "AccountabilityRecord", entityId: id, summary: `${r.ref} ${status}`, details: { from: state.status, to: status, field: row.field ?? null }, ip });
  });
}

export async function decideAccountability(actor: Actor, id: number, data: { decision: string; seq: number }, ip = ""): Promise<void> {
  await addHistory(actor, id, data.seq, "decide", { kind: "DECIDED", text: data.decision }, ip);
}

export async function closeAccountability(actor: Actor, id: number, data: { note: string; seq: number }, ip = ""): Promise<void> {
  await addHistory(actor, id, data.seq, "close", { kind: "CLOSED", text: data.note }, ip);
}

export async function amendAccountability(actor: Actor, id: number, data: { field: AmendableField; text: string; seq: number }, ip = ""): Promise<void> {
  await addHistory(actor, id, data.seq, "amend", { kind: "AMENDED", field: data.field, text: data.text }, ip);
}

/** The unit concerned submits its explanation (情况说明); several may follow one another. */
export async function explainAccountability(actor: Actor, id: number, data: { text: string }, ip = ""): Promise<void> {
  requirePermission(actor, "accountability.explain");
  await writeTransaction(async (tx) => {
    const r = await tx.accountabilityRecord.findFirst({ where: scoped(actor, "accountabilityRecord", { id }), include: { history: { select: { seq: true, status: true } } } });
    if (!r) throw notFound();
    if (!mayAct({ status: currentStatus(r.history), openedByOrgId: r.openedByOrgId, subjectOrgId: r.subjectOrgId }, "explain", actor.orgId)) throw new AppError("invalidTransition");
    await tx.accountabilityExplanation.create({ data: { recordId: id, orgId: actor.orgId, authorUserId: actor.userId, authorName: actor.name, text: data.text } });
    await notify(tx, [r.openedByOrgId], { type: "accountability.explained", entityType: "AccountabilityRecord", entityId: id, message: "accountability.explained", params: { ref: r.ref, org: actor.orgName } });
    await writeAudit(tx, actor, { action: "accountability.explain", entity: "AccountabilityRecord", entityId: id, summary: r.ref, details: { length: data.text.length }, ip });
  });
}
