// Opening a notice: read for this user, then its record — or the notification centre when the
// record is no longer the user's to see (never a 404 page for the recipient).
import { requireActor } from "@/lib/auth";
import { openNotification } from "@/lib/data/notifications";

export async function GET(_request: Request, { params }: RouteContext<"/notifications/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const opened = /^\d{1,9}$/.test(id) ? await openNotification(actor, Number(id)) : null;
  const target = opened?.href ?? "/notifications";
  // A relative Location: the browser stays on the host it signed in on (request.url names the
  // server's own host, which behind a proxy or on 127.0.0.1 is not the one the cookies belong to).
  return new Response(null, { status: 303, headers: { Location: target } });
}
