// Calendar dates in the city's time zone. Due dates and holidays are "YYYY-MM-DD" strings in
// Asia/Shanghai (docs/decisions/004): comparing them as strings compares the dates.
export const CITY_TIME_ZONE = "Asia/Shanghai";
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000; // China has no daylight saving time.

export type IsoDate = string;
export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** The years a date in this system may fall in: older or later dates are typing mistakes (or a
 * due date no supervision would ever reach: 9999-12-31). docs/decisions/053. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

/**
 * True for a real calendar date "YYYY-MM-DD" between MIN_YEAR and MAX_YEAR: 2026-02-30 is not
 * one (JavaScript would silently make it 03-02), nor are 2027-13-45 and 0000-00-00.
 */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE_RE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The calendar date in Shanghai at the given instant. */
export function cityDate(at: Date): IsoDate {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai calendar date begins. */
export function startOfCityDate(date: IsoDate): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Day of week of a calendar date, 0 = Sunday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** "2026年11月26日", the way government documents write dates (GB/T 9704). */
export function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Parses a "YYYY-MM-DDTHH:mm" value from a datetime-local input as Shanghai time. */
export function parseCityDateTime(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m || !isCalendarDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
  const t = Date.parse(`${m[1]}T${m[2]}:${m[3]}:00.000Z`) - SHANGHAI_OFFSET_MS;
  return Number.isNaN(t) ? null : new Date(t);
}

/** Formats an instant as a datetime-local value in Shanghai time. */
export function toCityDateTimeInput(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}
