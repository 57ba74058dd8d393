// Keyset cursors for lists sorted by something other than the id: the sort value and the id of
// the last row seen ("2026-11-30~42"), so the next page starts right after it. Never an OFFSET.
export type SortCursor = { key: string; id: number };

export function encodeCursor(key: string | number, id: number): string {
  return `${key}~${id}`;
}

/** The cursor in a URL, or null when it is missing or malformed (then the first page shows). */
export function decodeCursor(raw: string | undefined, keyPattern: RegExp): SortCursor | null {
  if (!raw) return null;
  const at = raw.lastIndexOf("~");
  if (at < 0) return null;
  const key = raw.slice(0, at);
  const id = raw.slice(at + 1);
  if (!/^\d{1,9}$/.test(id) || !keyPattern.test(key)) return null;
  return { key, id: Number(id) };
}
