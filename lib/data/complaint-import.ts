// Bulk import of a city's existing complaint ledger (docs/decisions/046): every row checked
// against the reference data in the actor's scope, then all complaints written in one
// transaction with batched inserts (numbers, routing, deadlines, timeline, one audit row), or
// nothing at all. The rules are lib/domain/complaint-ledger.ts.
import "server-only";
import { transactionStatements, type StatementValue, type TransactionStatements } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CHANNELS, currentDueDate } from "@/lib/domain/complaint";
import {
  channelLookup,
  channelRefKey,
  LEDGER_COLUMNS,
  ledgerChannelRefs,
  locateHeader,
  statusLookup,
  validateLedger,
  type ColumnAliases,
  type LedgerError,
  type LedgerReference,
  type LedgerRow,
} from "@/lib/domain/complaint-ledger";
import { cityDate, type IsoDate } from "@/lib/domain/dates";
import { dueDate } from "@/lib/domain/deadline";
import { nextRef, refPrefix } from "@/lib/domain/reference-number";
import { responsibleParty, suggestCategories, type AreaLinks, type DirectoryOrg } from "@/lib/domain/routing";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { deadlineRule, holidayCalendar } from "@/lib/data/calendar";
import { eventActor } from "@/lib/data/records";
import { directory } from "@/lib/data/directory";
import { findRows } from "@/lib/data/read";
import zhComplaints from "@/lib/i18n/messages/zh-CN/complaints.json";
import enComplaints from "@/lib/i18n/messages/en/complaints.json";

const CATALOGS = [zhComplaints, enComplaints];

/** A header cell may be the export's label in any UI language. */
export const LEDGER_COLUMN_ALIASES: ColumnAliases = Object.fromEntries(
  LEDGER_COLUMNS.map((c) => [c, CATALOGS.map((m) => (m.csv as Record<string, string>)[c]).filter((v): v is string => Boolean(v))]),
) as unknown as ColumnAliases;

export type LedgerImportResult =
  | { ok: true; created: number; firstRef: string; lastRef: string }
  | { ok: false; rows: number; errors: LedgerError[] };

type AreaRecord = AreaLinks & { name: string };

/** Rows written per statement: well under SQLite's limit on bound values (45 columns a row). */
const BATCH = 500;

/**
 * Imports a ledger read from a file (lib/ledger-file.ts) as complaints registered by the actor's
 * office (a street office or district property office), or — for the housing bureau — by each
 * area's street office. Every area must be in the actor's scope.
 */
export async function importComplaintLedger(actor: Actor, table: readonly (readonly string[])[], source: { fileName: string; bytes: number }, ip = ""): Promise<LedgerImportResult> {
  requirePermission(actor, "complaints.import");
  // A file without the required columns is refused before anything is loaded.
  const header = locateHeader(table, LEDGER_COLUMN_ALIASES);
  const dataRows = Math.max(0, table.length - header.index - 1);
  if (header.errors.length > 0) return { ok: false, rows: dataRows, errors: header.errors };

  const [dir, inScope, keywords, acceptRule, handleRule, replyRule, closeRule, calendar] = await Promise.all([
    directory(),
    // The scope is in the where: only these areas may be named.
    findRows("ResidentialArea", { where: scoped(actor, "residentialArea", { active: true }), select: ["id"] }),
    findRows("RoutingKeyword", { where: { category: { active: true } }, select: ["categoryId", "term", "weight"] }),
    deadlineRule("COMPLAINT_ACCEPT"),
    deadlineRule("COMPLAINT_HANDLE"),
    deadlineRule("COMPLAINT_REPLY"),
    deadlineRule("COMPLAINT_CLOSE"),
    holidayCalendar(),
  ]);
  const orgs = [...dir.orgs.values()].filter((o) => o.active);
  const areas = [...dir.areas.values()].filter((a) => a.active);
  const districts = orgs.filter((o) => o.kind === "DISTRICT_GOVERNMENT").map((o) => ({ id: o.id, name: o.name }));
  const streets = orgs.filter((o) => o.kind === "STREET_OFFICE");
  const duties = dir.duties;
  const routingDirectory = orgs.filter((o) => ["HOUSING_BUREAU", "CITY_DEPARTMENT", "UTILITY", "DISTRICT_PROPERTY_OFFICE"].includes(o.kind));
  const activeOrgs = orgs;
  const scopeIds = new Set(inScope.map((a) => a.id));
  const activeDuties = duties.filter((d) => d.active);
  const reference: Omit<LedgerReference, "existingChannelRefs"> = {
    areas: areas.map((a) => ({ id: a.id, name: a.name, districtId: a.districtId, streetId: a.streetId, inScope: scopeIds.has(a.id) })),
    districts,
    streets: streets.flatMap((s) => (s.districtId === null ? [] : [{ id: s.id, name: s.name, districtId: s.districtId }])),
    categories: activeDuties.map((d) => ({ id: d.id, code: d.code, name: d.name })),
    channels: channelLookup(CHANNELS, CATALOGS.map((m) => m.channel)),
    statuses: statusLookup(CATALOGS.map((m) => m.status)),
    now: new Date(),
  };
  const areaById = new Map<number, AreaRecord>(areas.map((a) => [a.id, a]));
  const dutyById = new Map(activeDuties.map((d) => [d.id, d]));
  const active = new Set(activeOrgs.map((o) => o.id));
  const refs = ledgerChannelRefs(table, header);
  // Ledgers receive many complaints a day: each (day, rule) is counted once.
  const dues = new Map<string, IsoDate>();
  const due = (from: Date, rule: { days: number; dayType: "CALENDAR" | "WORKING" }): IsoDate => {
    const key = `${cityDate(from)}|${rule.days}|${rule.dayType}`;
    let d = dues.get(key);
    if (d === undefined) dues.set(key, (d = dueDate(cityDate(from), rule.days, rule.dayType, calendar)));
    return d;
  };

  return writeTransaction(async (tx) => {
    // Channel references are checked city-wide: a hotline number names one matter wherever it
    // was registered. Inside the write transaction, so two imports cannot both pass.
    const existing = new Set<string>();
    for (let i = 0; i < refs.length; i += BATCH) {
      const found = await tx.complaint.findMany({ where: { channelRef: { in: refs.slice(i, i + BATCH) } }, select: { channel: true, channelRef: true } });
      for (const f of found) existing.add(channelRefKey(f.channel, f.channelRef));
    }
    const checked = validateLedger(table, LEDGER_COLUMN_ALIASES, { ...reference, existingChannelRefs: existing });
    if (checked.errors.length > 0) return { ok: false, rows: dataRows, errors: checked.errors } satisfies LedgerImportResult;

    const now = new Date();
    const year = Number(cityDate(now).slice(0, 4));
    const last = await tx.complaint.findFirst({ where: { ref: { startsWith: refPrefix("Complaint", year) } }, select: { ref: true }, orderBy: { ref: "desc" } });
    let ref = last?.ref ?? null;
    const office = actor.scope.level === "STREET" || actor.orgKind === "DISTRICT_PROPERTY_OFFICE" ? actor.orgId : null;
    const records = checked.rows.map((r) => {
      ref = nextRef("Complaint", year, ref);
      return { ref, data: complaintData(r, ref) };
    });

    function complaintData(r: LedgerRow, number: string) {
      const area = areaById.get(r.areaId)!;
      const duty = dutyById.get(r.categoryId)!;
      const proposal = responsibleParty(duty, area, routingDirectory as DirectoryOrg[]);
      const proposedOrgId = proposal.orgId !== null && active.has(proposal.orgId) ? proposal.orgId : null;
      const registeredOrgId = office ?? area.streetId;
      const acceptDueDate = r.status === "REGISTERED" && r.dueDate ? r.dueDate : due(r.receivedAt, acceptRule);
      const handleDueDate = r.status === "REGISTERED" ? null : r.status === "ACCEPTED" && r.dueDate ? r.dueDate : due(r.receivedAt, handleRule);
      const finished = r.status === "HANDLED" || r.status === "REPLIED" || r.status === "CLOSED";
      // A handled or replied matter comes to the office now: its reply or closing is due from today.
      const stepDueDate = r.status === "HANDLED" ? due(now, replyRule) : r.status === "REPLIED" ? due(now, closeRule) : null;
      return {
        ref: number, channel: r.channel, channelRef: r.channelRef, receivedAt: r.receivedAt, residentName: r.residentName, residentPhone: r.residentPhone,
        areaId: area.id, streetId: area.streetId, districtId: area.districtId, categoryId: duty.id, description: r.description,
        registeredOrgId, registeredById: actor.userId, handlerOrgId: registeredOrgId, status: r.status,
        acceptDueDate, handleDueDate, stepDueDate, currentDueDate: currentDueDate({ status: r.status, acceptDueDate, handleDueDate, extendedDueDate: null, stepDueDate }),
        acceptedAt: r.status === "REGISTERED" || r.status === "NOT_ACCEPTED" ? null : r.receivedAt,
        notAcceptedReason: r.status === "NOT_ACCEPTED" ? r.result : "",
        result: finished ? r.result : "",
        handledAt: finished ? r.repliedAt : null,
        repliedAt: r.status === "REPLIED" || r.status === "CLOSED" ? r.repliedAt : null,
        closedAt: r.status === "CLOSED" ? r.repliedAt : null,
        proposedOrgId, proposedMode: proposal.mode, matchedDutyCode: duty.code, matchedDutyName: duty.name, matchedPolicyText: duty.policyText,
        suggestedTerms: JSON.stringify(suggestCategories(r.description, keywords).map((s) => ({ categoryId: s.categoryId, terms: s.terms }))),
        createdAt: now, updatedAt: now,
      } satisfies Prisma.ComplaintUncheckedCreateInput;
    }

    const who = eventActor(actor);
    const statement = await transactionStatements(tx);
    // RETURNING gives the new rows in no promised order: matched back by their numbers.
    const idOf = new Map((await insertRows(statement, "Complaint", records.map((r) => r.data), true)).map((r) => [r.ref, Number(r.id)]));
    await insertRows(statement, "ComplaintEvent", records.map((r, j) => {
      const row = checked.rows[j]!;
      return { complaintId: idOf.get(r.ref)!, kind: "IMPORTED", at: now, ...who, note: [source.fileName, `#${row.row}`, row.ledgerRef].filter(Boolean).join("｜") };
    }), false);
    const firstRef = records[0]!.ref;
    const lastRef = records.at(-1)!.ref;
    await writeAudit(tx, actor, {
      action: "complaint.import", entity: "Complaint", entityId: `${firstRef}…${lastRef}`, summary: `${source.fileName} ${records.length}`,
      details: { fileName: source.fileName, bytes: source.bytes, created: records.length, firstRef, lastRef }, ip,
    });
    return { ok: true, created: records.length, firstRef, lastRef } satisfies LedgerImportResult;
  }, { maxWait: 15_000, timeout: 120_000 });
}

type Insert = Record<string, StatementValue>;

/** Rows per INSERT statement: 200 rows × 45 columns stays far below SQLite's 32,766 bound values. */
const ROWS_PER_STATEMENT = 200;

/**
 * Multi-row INSERTs with bound values on the transaction's own connection (lib/db.ts
 * transactionStatements): Prisma's createMany costs about 0.7 ms a row in its query engine and its
 * raw path converts every bound value, several times what SQLite itself needs (the triggers on
 * Complaint run either way: search index, summaries, counters). Column names are this module's
 * constants, never input. Returns the new complaints' ids and numbers when asked.
 */
async function insertRows(statement: TransactionStatements, table: "Complaint" | "ComplaintEvent", rows: readonly Insert[], returnIds: boolean): Promise<{ id: number; ref: string }[]> {
  const columns = Object.keys(rows[0] ?? {});
  const tuple = `(${columns.map(() => "?").join(",")})`;
  const ids: { id: number; ref: string }[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${chunk.map(() => tuple).join(",")}${returnIds ? ` RETURNING "id", "ref"` : ""}`;
    const values = chunk.flatMap((r) => columns.map((c) => r[c] ?? null));
    if (returnIds) ids.push(...((await statement.all(sql, values)) as { id: number; ref: string }[]));
    else await statement.run(sql, values);
  }
  return ids;
}
