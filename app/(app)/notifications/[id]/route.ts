// Opening a notice: read for this user, then its record — or the notification centre when the
// record is no longer the user's to see (never a 404 page for the recipient).
import { NextResponse, type NextRequest } from "next/server";
import { requireActor } from "@/lib/auth";
import { openNotification } from "@/lib/data/notifications";

export async function GET(request: NextRequest, { params }: RouteContext<"/notifications/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const opened = /^\d{1,9}$/.test(id) ? await openNotification(actor, Number(id)) : null;
  const target = opened?.href ?? "/notifications";
  return NextResponse.redirect(new URL(target, request.url), 303);
}
