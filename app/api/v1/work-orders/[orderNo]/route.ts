// GET /api/v1/work-orders/{orderNo}: the status of the calling system's work order.
import { apiHandler, ApiProblem, jsonResponse } from "@/lib/api/http";
import { workOrderByNumber } from "@/lib/data/integration";
import { orderNoParam } from "@/lib/validation/integration";

export const dynamic = "force-dynamic";

export const GET = apiHandler<{ orderNo: string }>(async ({ caller }, { orderNo }) => {
  const number = orderNoParam(orderNo);
  if (!number) throw new ApiProblem("notFound");
  return jsonResponse(await workOrderByNumber(caller, number));
});
