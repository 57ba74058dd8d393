// GET /api/v1/areas: the residential areas in the calling system's scope (keyset pages of 100).
import { apiHandler, jsonResponse } from "@/lib/api/http";
import { apiAreas } from "@/lib/data/integration";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 100;

export const GET = apiHandler(async ({ caller, request }) => {
  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").trim().slice(0, 40);
  const rawCursor = params.get("cursor") ?? "";
  const cursor = /^\d{1,9}$/.test(rawCursor) ? Number(rawCursor) : undefined;
  const page = await apiAreas(caller, { q: q || undefined, cursor, size: PAGE_SIZE });
  return jsonResponse({ items: page.rows, nextCursor: page.nextCursor });
});
