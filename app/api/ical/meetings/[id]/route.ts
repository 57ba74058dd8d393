// One meeting as an .ics file, for a signed-in user who may see the meeting.
import { getActor } from "@/lib/auth";
import { meetingIcs } from "@/lib/data/calendar-feeds";
import { icsLabels } from "@/lib/i18n/ical-labels";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/ical/meetings/[id]">) {
  const actor = await getActor();
  const { id } = await params;
  if (!actor || !/^\d{1,9}$/.test(id)) return new Response("Not found", { status: 404 });
  try {
    const file = await meetingIcs(actor, Number(id), await icsLabels());
    return new Response(file.text, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "notFound") return new Response("Not found", { status: 404 });
    throw error;
  }
}
