// Small helpers for pages: turn "not allowed" and "not found" into Next's 404.
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

export function notFoundUnless(condition: boolean): asserts condition {
  if (!condition) notFound();
}

/** Runs a data loader; an AppError("notFound") becomes the 404 page. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "notFound") notFound();
    throw error;
  }
}

/** A numeric route id, or 404. */
export function routeId(value: string): number {
  if (!/^\d{1,9}$/.test(value)) notFound();
  return Number(value);
}
