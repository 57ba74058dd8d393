// An uploaded ledger file (CSV or Excel) as a table of text cells, the way the complaint export
// writes them: dates as "YYYY-MM-DD HH:mm". What the cells mean is lib/domain/complaint-ledger.ts.
import "server-only";
import ExcelJS from "exceljs";
import { decodeCsvBytes, parseCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";

export type LedgerFileKind = "csv" | "xlsx";

export function ledgerFileKind(fileName: string): LedgerFileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "csv" ? "csv" : ext === "xlsx" ? "xlsx" : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Excel keeps a date cell as the wall-clock time it shows, stored as if it were UTC. */
function excelDate(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? date : `${date} ${pad(h)}:${pad(m)}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return excelDate(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

/** The first worksheet (Excel) or the whole file (CSV) as rows of text cells. */
export async function readLedgerFile(kind: LedgerFileKind, bytes: Uint8Array): Promise<string[][]> {
  if (kind === "csv") return parseCsv(decodeCsvBytes(bytes));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new AppError("validation", { fieldErrors: { file: ["ledgerUnreadable"] } });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(rows, (r) => r ?? []);
}
