// GET /api/v1/categories: the duty matrix's lines a work order names by code.
import { apiHandler, jsonResponse } from "@/lib/api/http";
import { apiCategories } from "@/lib/data/integration";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller }) => jsonResponse({ items: await apiCategories(caller) }));
