// POST /api/v1/work-orders/{orderNo}/return-visit: the hotline's return visit (回访).
import { apiHandler, ApiProblem, jsonResponse, readBody } from "@/lib/api/http";
import { recordWorkOrderVisit } from "@/lib/data/integration";
import { orderNoParam, workOrderVisitSchema } from "@/lib/validation/integration";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ orderNo: string }>(async ({ caller, ip, request }, { orderNo }) => {
  const number = orderNoParam(orderNo);
  if (!number) throw new ApiProblem("notFound");
  const data = await readBody(request, workOrderVisitSchema);
  return jsonResponse(await recordWorkOrderVisit(caller, number, data, ip));
});
