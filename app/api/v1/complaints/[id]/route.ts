// GET /api/v1/complaints/{id}: the status of a complaint that the calling system dispatched.
import { apiHandler, idParam, jsonResponse } from "@/lib/api/http";
import { workOrderByComplaint } from "@/lib/data/integration";

export const dynamic = "force-dynamic";

export const GET = apiHandler<{ id: string }>(async ({ caller }, { id }) => jsonResponse(await workOrderByComplaint(caller, idParam(id))));
