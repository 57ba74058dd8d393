// The integration API's OpenAPI 3.1 document (public: it describes, it holds no data).
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument, { headers: { "cache-control": "public, max-age=300" } });
}
