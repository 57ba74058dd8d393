// The audit log's hash chain (等保2.0 level 3: audit records protected from change). Each row's
// hash is sha256 of the previous row's hash and the row's own content, so editing, deleting or
// reordering a row breaks every link after it. `npm run audit:verify` walks the chain
// (lib/data/audit.ts); the append-only triggers stop changes through SQL, the chain shows the ones
// made around them (a copied and edited database file).
import { createHash } from "node:crypto";

export type AuditContent = {
  id: number;
  at: Date;
  actorUserId: number | null;
  actorOrgId: number | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  summary: string;
  details: string;
  ip: string;
};

export type ChainedAuditRow = AuditContent & { hash: string };

export function auditHash(previousHash: string, row: AuditContent): string {
  const content = JSON.stringify([
    row.id, row.at.toISOString(), row.actorUserId, row.actorOrgId, row.actorName, row.action, row.entity, row.entityId, row.summary, row.details, row.ip,
  ]);
  return createHash("sha256").update(previousHash).update("\n").update(content).digest("hex");
}

export type ChainCheck =
  | { ok: true; lastHash: string; checked: number; unchained: number }
  | { ok: false; brokenAt: number; checked: number };

/**
 * Checks rows in id order, continuing from `previousHash` (the last hash of the rows before;
 * "" at the start). Rows written before the chain began have no hash; they may only come before
 * the first chained row.
 */
export function checkChain(previousHash: string, rows: Iterable<ChainedAuditRow>): ChainCheck {
  let prev = previousHash;
  let checked = 0;
  let unchained = 0;
  for (const row of rows) {
    checked++;
    if (row.hash === "" && prev === "") {
      unchained++;
      continue;
    }
    if (row.hash !== auditHash(prev, row)) return { ok: false, brokenAt: row.id, checked };
    prev = row.hash;
  }
  return { ok: true, lastHash: prev, checked, unchained };
}
