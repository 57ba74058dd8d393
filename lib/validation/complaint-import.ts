// The ledger upload form (docs/decisions/046): one file, CSV or Excel, within the size limit.
// The same schema checks the file in the browser and again in the server action.
import { z } from "zod";
import { LEDGER_MAX_BYTES } from "@/lib/domain/complaint-ledger";

const isFile = (v: unknown): v is File => typeof File !== "undefined" && v instanceof File;

export const ledgerUploadSchema = z.object({
  // The browser's input gives a FileList; the server action receives the File itself.
  file: z.preprocess(
    (v) => (typeof FileList !== "undefined" && v instanceof FileList ? (v[0] ?? null) : v),
    z
      .custom<File>(isFile, "required")
      .refine((f) => /\.(csv|xlsx)$/i.test(f.name), "ledgerFileType")
      .refine((f) => f.size > 0, "ledgerEmpty")
      .refine((f) => f.size <= LEDGER_MAX_BYTES, "ledgerTooLarge"),
  ),
});
export type LedgerUploadInput = z.input<typeof ledgerUploadSchema>;
