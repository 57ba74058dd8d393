// POST /api/v1/work-orders: a hotline work order (派单) registered as a complaint, idempotent on its number.
import { apiHandler, jsonResponse, readBody } from "@/lib/api/http";
import { createWorkOrder } from "@/lib/data/integration";
import { workOrderSchema } from "@/lib/validation/integration";

export const dynamic = "force-dynamic";

export const POST = apiHandler(async ({ caller, ip, request }) => {
  const data = await readBody(request, workOrderSchema);
  const result = await createWorkOrder(caller, data, ip);
  return jsonResponse(result.status, result.created ? 201 : 200, result.created ? { location: `/api/v1/work-orders/${encodeURIComponent(data.orderNo)}` } : {});
});
