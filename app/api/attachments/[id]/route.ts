// Downloads an attachment when the signed-in user may see the record it belongs to.
import { getActor } from "@/lib/auth";
import { attachmentForDownload } from "@/lib/data/attachments";
import { isAppError } from "@/lib/errors";
import "@/lib/data/attachment-owners";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/attachments/[id]">) {
  const actor = await getActor();
  const { id } = await params;
  if (!actor || !/^\d{1,9}$/.test(id)) return new Response("Not found", { status: 404 });
  try {
    const file = await attachmentForDownload(actor, Number(id));
    const inline = file.mimeType.startsWith("image/") || file.mimeType === "application/pdf";
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "notFound") return new Response("Not found", { status: 404 });
    throw error;
  }
}
