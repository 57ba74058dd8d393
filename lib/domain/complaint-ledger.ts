// A city's existing complaint ledger (台账) as rows to import (docs/decisions/046): which column
// is which, what a ledger date means, and every row's check against the reference data. Pure:
// lib/data/complaint-import.ts loads the reference data and writes the result.
import type { Channel, ComplaintStatus } from "@/lib/domain/complaint";
import { COMPLAINT_STATUSES } from "@/lib/domain/complaint";
import { isCalendarDate, type IsoDate } from "@/lib/domain/dates";
import { PHONE_RE } from "@/lib/validation/common";
import { LEDGER_MAX_ERRORS } from "@/lib/domain/codes";
export { LEDGER_MAX_ERRORS } from "@/lib/domain/codes";

/** The columns of the complaint export (app/api/complaints/export), in its order. */
export const LEDGER_COLUMNS = [
  "ref", "channel", "channelRef", "receivedAt", "district", "street", "area", "category", "resident", "phone",
  "description", "registeredOrg", "handlerOrg", "status", "due", "overdue", "handOverCount", "result", "repliedAt",
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** A ledger without these columns cannot be imported at all. */
export const REQUIRED_COLUMNS = ["channel", "receivedAt", "area", "category", "resident", "description"] as const satisfies readonly LedgerColumn[];

/** Limits of one upload: a bigger ledger is imported in several files. */
export const LEDGER_MAX_BYTES = 5 * 1024 * 1024;
export const LEDGER_MAX_ROWS = 5_000;
/** The report lists at most this many problems (a wholly wrong file would list every cell). */

const MAX_LENGTH: Partial<Record<LedgerColumn, number>> = { ref: 60, channelRef: 60, resident: 40, description: 2000, result: 2000 };

export type LedgerErrorCode =
  | "missingColumn" | "noRows" | "tooManyRows" | "required" | "tooLong" | "unknownChannel" | "badDate" | "impossibleDate" | "futureDate"
  | "unknownDistrict" | "unknownStreet" | "unknownArea" | "ambiguousArea" | "areaNotThere" | "areaOutOfScope" | "unknownCategory"
  | "badPhone" | "unknownStatus" | "statusNotImported" | "duplicateInFile" | "duplicateInDatabase" | "repliedBeforeReceived";

/** One problem: the file's row number (the header is row 1), the column and a message key. */
export type LedgerError = { row: number; column: LedgerColumn | null; code: LedgerErrorCode; value?: string; otherRow?: number };

/** A header cell names a column by its label in any language of the export, or by its key. */
export type ColumnAliases = Record<LedgerColumn, readonly string[]>;

const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** Which column of the file holds which ledger column; unknown columns are ignored. */
export function mapColumns(header: readonly string[], aliases: ColumnAliases): { columns: Map<LedgerColumn, number>; errors: LedgerError[] } {
  const byName = new Map<string, LedgerColumn>();
  for (const key of LEDGER_COLUMNS) for (const name of [key, ...aliases[key]]) byName.set(norm(name), key);
  const columns = new Map<LedgerColumn, number>();
  header.forEach((cell, index) => {
    const key = byName.get(norm(cell));
    if (key && !columns.has(key)) columns.set(key, index);
  });
  const errors = REQUIRED_COLUMNS.filter((c) => !columns.has(c)).map((c): LedgerError => ({ row: 1, column: c, code: "missingColumn" }));
  return { columns, errors };
}

/** How far down a ledger its header row may be: ledgers often start with a title line or two. */
export const HEADER_SEARCH_ROWS = 10;

export type LedgerHeader = { index: number; columns: Map<LedgerColumn, number>; errors: LedgerError[] };

/**
 * The header row: the first of the top rows that names every required column (a title such as
 * "2026年花园街道信访投诉台账" may stand above it). None: the row that comes closest, with the
 * columns it lacks (reported on that row).
 */
export function locateHeader(table: readonly (readonly string[])[], aliases: ColumnAliases): LedgerHeader {
  let best: LedgerHeader | null = null;
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, table.length); index++) {
    const mapped = mapColumns(table[index]!, aliases);
    if (mapped.errors.length === 0) return { index, ...mapped };
    if (!best || mapped.errors.length < best.errors.length) best = { index, columns: mapped.columns, errors: mapped.errors.map((e) => ({ ...e, row: index + 1 })) };
  }
  return best ?? { index: 0, ...mapColumns([], aliases) };
}

export type LedgerDate = { ok: true; date: IsoDate; time: string | null } | { ok: false; code: "badDate" | "impossibleDate" };

/**
 * A date as ledgers write it: 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日, optionally followed
 * by a time (14:30 or 14:30:00, or after a T). A date that does not exist (2026-02-30, 2026-13-01)
 * is "impossibleDate", not silently rolled over to another day.
 */
export function parseLedgerDate(value: string): LedgerDate {
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/.exec(value.trim());
  if (!m) return { ok: false, code: "badDate" };
  const [mo, d] = [Number(m[2]), Number(m[3])];
  const date = `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  // The one calendar check every date in the system goes through (lib/domain/dates.ts).
  if (!isCalendarDate(date)) return { ok: false, code: "impossibleDate" };
  if (m[4] === undefined) return { ok: true, date, time: null };
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return { ok: false, code: "impossibleDate" };
  return { ok: true, date, time: `${String(h).padStart(2, "0")}:${m[5]}` };
}

/** The instant of a ledger date-time in the city (a date alone: the start of that day). */
export function ledgerInstant(d: { date: IsoDate; time: string | null }): Date {
  return new Date(Date.parse(`${d.date}T${d.time ?? "00:00"}:00.000+08:00`));
}

/**
 * How a ledger status is imported. Open matters the ledger shows with another unit are imported
 * as accepted: the registering office assigns them again in the system, where the holder chain
 * starts. Handled, replied, closed and not accepted ones keep their status (history). A
 * duplicate cannot be imported: its original is not named in the ledger.
 */
export function importedStatus(status: ComplaintStatus): ImportedStatus | null {
  switch (status) {
    case "REGISTERED":
      return "REGISTERED";
    case "ACCEPTED":
    case "ASSIGNED":
    case "IN_PROGRESS":
    case "RETURNED":
      return "ACCEPTED";
    case "HANDLED":
    case "REPLIED":
    case "CLOSED":
    case "NOT_ACCEPTED":
      return status;
    case "DUPLICATE":
      return null;
  }
}
export const IMPORTED_STATUSES = ["REGISTERED", "ACCEPTED", "HANDLED", "REPLIED", "CLOSED", "NOT_ACCEPTED"] as const satisfies readonly ComplaintStatus[];
export type ImportedStatus = (typeof IMPORTED_STATUSES)[number];

export type LedgerArea = { id: number; name: string; districtId: number; streetId: number; inScope: boolean };
export type LedgerReference = {
  areas: readonly LedgerArea[];
  districts: readonly { id: number; name: string }[];
  streets: readonly { id: number; name: string; districtId: number }[];
  categories: readonly { id: number; code: string; name: string }[];
  /** Channel labels (every language) and codes → channel. */
  channels: ReadonlyMap<string, Channel>;
  /** Status labels (every language) and codes → status. */
  statuses: ReadonlyMap<string, ComplaintStatus>;
  /** Channel references already registered ("channel|ref"), from channelRefKey. */
  existingChannelRefs: ReadonlySet<string>;
  now: Date;
};

export type LedgerRow = {
  row: number;
  ledgerRef: string;
  channel: Channel;
  channelRef: string;
  receivedAt: Date;
  areaId: number;
  categoryId: number;
  residentName: string;
  residentPhone: string;
  description: string;
  /** The status the ledger gave (its own word for the timeline) and the one imported. */
  ledgerStatus: ComplaintStatus;
  status: ImportedStatus;
  /** The ledger's current deadline, for an open matter; null: counted by the rules. */
  dueDate: IsoDate | null;
  result: string;
  repliedAt: Date | null;
};

export function channelRefKey(channel: string, ref: string): string {
  return `${channel}|${ref}`;
}

/** The channel references a file uses, to look up which are already registered. */
export function ledgerChannelRefs(table: readonly (readonly string[])[], header: LedgerHeader): string[] {
  const at = header.columns.get("channelRef");
  if (at === undefined) return [];
  return [...new Set(table.slice(header.index + 1).map((r) => (r[at] ?? "").trim()).filter((v) => v !== ""))];
}

/** The data rows below the header (blank rows dropped, numbered as the spreadsheet numbers them), or why there is nothing to import. */
export function ledgerRows(table: readonly (readonly string[])[], headerIndex: number): { rows: { row: number; cells: readonly string[] }[]; error: LedgerError | null } {
  const headerRow = headerIndex + 1;
  const rows = table.slice(headerIndex + 1).map((cells, i) => ({ row: headerRow + i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (rows.length === 0) return { rows, error: { row: headerRow, column: null, code: "noRows" } };
  if (rows.length > LEDGER_MAX_ROWS) return { rows, error: { row: headerRow, column: null, code: "tooManyRows", value: String(LEDGER_MAX_ROWS) } };
  return { rows, error: null };
}

/**
 * Checks every row of a ledger; returns the rows to import only when no row has a problem
 * (nothing is half-imported), otherwise every problem found (up to LEDGER_MAX_ERRORS).
 */
export function validateLedger(table: readonly (readonly string[])[], aliases: ColumnAliases, ref: LedgerReference): { rows: LedgerRow[]; errors: LedgerError[] } {
  const { index: headerIndex, columns, errors: headerErrors } = locateHeader(table, aliases);
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };
  const { rows: raw, error } = ledgerRows(table, headerIndex);
  if (error) return { rows: [], errors: [error] };

  const areasByName = new Map<string, LedgerArea[]>();
  for (const a of ref.areas) areasByName.set(norm(a.name), [...(areasByName.get(norm(a.name)) ?? []), a]);
  // The export writes the organisations' names (南岗区人民政府, 花园街道办事处); ledgers often the short ones.
  const districtByName = new Map<string, { id: number }>();
  for (const d of ref.districts) for (const n of new Set([norm(d.name), norm(d.name.replace(/人民政府$/, ""))])) districtByName.set(n, d);
  const streetsByName = new Map<string, { id: number; districtId: number }[]>();
  for (const s of ref.streets) for (const n of new Set([norm(s.name), norm(s.name.replace(/办事处$/, ""))])) streetsByName.set(n, [...(streetsByName.get(n) ?? []), s]);
  const categoryByName = new Map<string, number>();
  for (const c of ref.categories) {
    categoryByName.set(norm(c.code), c.id);
    categoryByName.set(norm(c.name), c.id);
  }
  const firstRowOfRef = new Map<string, number>();
  const errors: LedgerError[] = [];
  const rows: LedgerRow[] = [];

  for (const { row, cells } of raw) {
    if (errors.length >= LEDGER_MAX_ERRORS) break;
    const before = errors.length;
    const fail = (column: LedgerColumn | null, code: LedgerErrorCode, value?: string, otherRow?: number) => {
      errors.push({ row, column, code, ...(value !== undefined ? { value } : {}), ...(otherRow !== undefined ? { otherRow } : {}) });
    };
    const cell = (c: LedgerColumn): string => {
      const at = columns.get(c);
      // A leading ' is the export's guard against spreadsheet formulas, not part of the value.
      const v = at === undefined ? "" : (cells[at] ?? "").trim();
      return v.startsWith("'") && /^'[=+\-@]/.test(v) ? v.slice(1) : v;
    };
    const text = (c: LedgerColumn, required: boolean): string => {
      const v = cell(c);
      if (required && v === "") fail(c, "required");
      const max = MAX_LENGTH[c];
      if (max !== undefined && v.length > max) fail(c, "tooLong", String(max));
      return v;
    };

    const channelText = text("channel", true);
    const channel = channelText ? ref.channels.get(norm(channelText)) : undefined;
    if (channelText && !channel) fail("channel", "unknownChannel", channelText);

    const receivedText = text("receivedAt", true);
    let receivedAt: Date | null = null;
    if (receivedText) {
      const d = parseLedgerDate(receivedText);
      if (!d.ok) fail("receivedAt", d.code, receivedText);
      else if ((receivedAt = ledgerInstant(d)).getTime() > ref.now.getTime() + 60_000) fail("receivedAt", "futureDate", receivedText);
    }

    // The area by its name, narrowed by the district and street columns when the ledger has them.
    const districtText = text("district", false);
    const streetText = text("street", false);
    const district = districtText ? districtByName.get(norm(districtText)) : undefined;
    if (districtText && !district) fail("district", "unknownDistrict", districtText);
    const streets = streetText ? (streetsByName.get(norm(streetText)) ?? []).filter((s) => !district || s.districtId === district.id) : [];
    if (streetText && streets.length === 0) fail("street", "unknownStreet", streetText);
    const areaText = text("area", true);
    let areaId = 0;
    if (areaText && !(districtText && !district) && !(streetText && streets.length === 0)) {
      const named = areasByName.get(norm(areaText)) ?? [];
      const candidates = named.filter((a) => (!district || a.districtId === district.id) && (streets.length === 0 || streets.some((s) => s.id === a.streetId)));
      if (named.length === 0) fail("area", "unknownArea", areaText);
      else if (candidates.length === 0) fail("area", "areaNotThere", areaText);
      else if (candidates.length > 1) fail("area", "ambiguousArea", areaText);
      else if (!candidates[0]!.inScope) fail("area", "areaOutOfScope", areaText);
      else areaId = candidates[0]!.id;
    }

    const categoryText = text("category", true);
    const categoryId = categoryText ? categoryByName.get(norm(categoryText)) : undefined;
    if (categoryText && categoryId === undefined) fail("category", "unknownCategory", categoryText);

    const residentName = text("resident", true);
    const residentPhone = text("phone", false);
    if (residentPhone && !PHONE_RE.test(residentPhone)) fail("phone", "badPhone", residentPhone);
    const description = text("description", true);
    const ledgerRef = text("ref", false);
    const result = text("result", false);

    const statusText = text("status", false);
    const ledgerStatus: ComplaintStatus | undefined = statusText ? ref.statuses.get(norm(statusText)) : "REGISTERED";
    const status = ledgerStatus ? importedStatus(ledgerStatus) : null;
    if (!ledgerStatus) fail("status", "unknownStatus", statusText);
    else if (!status) fail("status", "statusNotImported", statusText);

    // An open matter keeps the ledger's current deadline; a finished one its result and reply time.
    let dueDate: IsoDate | null = null;
    const dueText = text("due", false);
    if (dueText && (status === "REGISTERED" || status === "ACCEPTED")) {
      const d = parseLedgerDate(dueText);
      if (!d.ok) fail("due", d.code, dueText);
      else dueDate = d.date;
    }
    if ((status === "HANDLED" || status === "REPLIED" || status === "CLOSED" || status === "NOT_ACCEPTED") && !result) fail("result", "required");
    let repliedAt: Date | null = null;
    const repliedText = text("repliedAt", false);
    if (repliedText) {
      const d = parseLedgerDate(repliedText);
      if (!d.ok) fail("repliedAt", d.code, repliedText);
      else if ((repliedAt = ledgerInstant(d)).getTime() > ref.now.getTime() + 60_000) fail("repliedAt", "futureDate", repliedText);
      else if (receivedAt && repliedAt.getTime() < receivedAt.getTime()) fail("repliedAt", "repliedBeforeReceived", repliedText);
    } else if (status === "REPLIED" || status === "CLOSED") fail("repliedAt", "required");

    const channelRef = text("channelRef", false);
    if (channelRef && channel) {
      const key = channelRefKey(channel, channelRef);
      const first = firstRowOfRef.get(key);
      if (first !== undefined) fail("channelRef", "duplicateInFile", channelRef, first);
      else firstRowOfRef.set(key, row);
      if (ref.existingChannelRefs.has(key)) fail("channelRef", "duplicateInDatabase", channelRef);
    }

    if (errors.length > before || !channel || !receivedAt || !categoryId || !ledgerStatus || !status) continue;
    rows.push({
      row, ledgerRef, channel, channelRef, receivedAt, areaId, categoryId, residentName, residentPhone, description,
      ledgerStatus, status, dueDate, result, repliedAt: status === "REGISTERED" || status === "ACCEPTED" ? null : repliedAt,
    });
  }
  return errors.length > 0 ? { rows: [], errors: errors.slice(0, LEDGER_MAX_ERRORS) } : { rows, errors: [] };
}

/** Status words → status: the codes themselves and each language's labels. */
export function statusLookup(labels: readonly Partial<Record<ComplaintStatus, string>>[]): Map<string, ComplaintStatus> {
  const out = new Map<string, ComplaintStatus>();
  for (const s of COMPLAINT_STATUSES) {
    out.set(norm(s), s);
    for (const l of labels) if (l[s]) out.set(norm(l[s]), s);
  }
  return out;
}

/** Channel words → channel, the same way. */
export function channelLookup(channels: readonly Channel[], labels: readonly Partial<Record<Channel, string>>[]): Map<string, Channel> {
  const out = new Map<string, Channel>();
  for (const c of channels) {
    out.set(norm(c), c);
    for (const l of labels) if (l[c]) out.set(norm(l[c]), c);
  }
  return out;
}
