// Record numbers officials quote on the phone and in letters: a prefix, the year and a
// six-digit sequence that restarts every year ("TS-2026-000001").
export const REF_PREFIXES = { Complaint: "TS", EnforcementReferral: "ZF", PlannedWorks: "SG", Outage: "TD" } as const;
export type RefKind = keyof typeof REF_PREFIXES;

export function refPrefix(kind: RefKind, year: number): string {
  return `${REF_PREFIXES[kind]}-${year}-`;
}

/** The number after the highest one issued this year (null: none yet). */
export function nextRef(kind: RefKind, year: number, highest: string | null): string {
  const prefix = refPrefix(kind, year);
  const last = highest && highest.startsWith(prefix) ? Number(highest.slice(prefix.length)) : 0;
  return `${prefix}${String((Number.isFinite(last) ? last : 0) + 1).padStart(6, "0")}`;
}
