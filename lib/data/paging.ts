// Keyset pagination: a page is the rows after a cursor (the last id seen), never an OFFSET,
// so page 1,000 costs what page 1 costs.
export type PageRequest = { cursor?: number; size: number };
export type Page<T> = { rows: T[]; nextCursor: number | null };

export const DEFAULT_PAGE_SIZE = 20;

export function pageRequest(params: { cursor?: string | string[]; size?: string | string[] }, size = DEFAULT_PAGE_SIZE): PageRequest {
  const raw = Array.isArray(params.cursor) ? params.cursor[0] : params.cursor;
  const cursor = raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
  return { cursor, size };
}

/** Given size + 1 rows, returns size of them and the cursor of the next page if there is one. */
export function pageOf<T>(rows: T[], size: number, idOf: (row: T) => number): Page<T> {
  const hasMore = rows.length > size;
  const page = hasMore ? rows.slice(0, size) : rows;
  const last = page.at(-1);
  return { rows: page, nextCursor: hasMore && last ? idOf(last) : null };
}
