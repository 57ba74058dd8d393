// GET /api/v1/work-orders/{orderNo}: the status of the calling system's work order.
import { apiHandler, ApiProblem, jsonResponse } from "@/lib/api/http";
import { workOrderByNumber } from "@/lib/data/integration";
import { orderNoSchema } from "@/lib/validation/integration";

export const dynamic = "force-dynamic";

export const GET = apiHandler<{ orderNo: string }>(async ({ caller }, { orderNo }) => {
  const parsed = orderNoSchema.safeParse(decodeURIComponent(orderNo));
  if (!parsed.success) throw new ApiProblem("notFound");
  return jsonResponse(await workOrderByNumber(caller, parsed.data));
});
