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
