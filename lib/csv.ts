// CSV export: RFC 4180 quoting, CRLF line ends and a UTF-8 byte-order mark, so Excel on a
// Chinese Windows opens the file with the right characters instead of guessing GBK.
export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined | Date;

/** One cell. Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole document: BOM, header line, rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + csvLine(header) + rows.map(csvLine).join("");
}

/** A Content-Disposition value for a file name that may be Chinese. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A streamed CSV download: the BOM and header first, then each batch of rows as it is read
 * (a large export never sits whole in memory).
 */
export function csvResponse(fileName: string, header: readonly string[], batches: AsyncIterable<readonly (readonly CsvValue[])[]>): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(header)));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

// ─── Reading (the complaint ledger import, docs/decisions/046) ───

/**
 * The text of an uploaded CSV file: UTF-8 (with or without a byte-order mark), or GB18030 when
 * the bytes are not valid UTF-8 — what Excel on a Chinese Windows writes by default.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}

/**
 * RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF or CR
 * end a record. A blank line is an empty record (record n is the n-th row a spreadsheet shows);
 * blank lines at the end are dropped. A leading ' that csvCell added against formulas is kept
 * (the caller decides what a cell means).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    field = "";
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || record.length > 0) endRecord();
  while (records.length > 0 && records.at(-1)!.every((c) => c === "")) records.pop();
  return records;
}

/** An export refused before it starts (an impossible date in its filters): a plain message, status 400. */
export function refusedExportResponse(message: string): Response {
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
