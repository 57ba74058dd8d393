"use server";
// The ledger import (docs/decisions/046). The permission is checked before the upload is read.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, runAction, type ActionResult } from "@/lib/action-result";
import { importComplaintLedger, type LedgerImportResult } from "@/lib/data/complaint-import";
import { ledgerFileKind, readLedgerFile } from "@/lib/ledger-file";
import { requirePermission } from "@/lib/permissions";
import { ledgerUploadSchema } from "@/lib/validation/complaint-import";

export async function importLedgerAction(input: unknown): Promise<ActionResult<LedgerImportResult>> {
  return runAction(async () => {
    const actor = await requireActor();
    requirePermission(actor, "complaints.import");
    const parsed = parseInput(ledgerUploadSchema, input);
    if (!parsed.ok) return parsed.result;
    const file = parsed.data.file;
    const kind = ledgerFileKind(file.name);
    if (!kind) return { ok: false, fieldErrors: { file: ["ledgerFileType"] }, formError: "validation" };
    const table = await readLedgerFile(kind, new Uint8Array(await file.arrayBuffer()));
    const result = await importComplaintLedger(actor, table, { fileName: file.name, bytes: file.size }, await requestIp());
    if (result.ok) {
      revalidatePath("/complaints");
      revalidatePath("/");
    }
    return { ok: true, data: result };
  });
}
