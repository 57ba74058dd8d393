// An organisation's subscribable meeting calendar. Calendar programs send no cookie: the secret
// token in the URL is the credential (the proxy lets /api/ical through; nothing else is exposed).
import { feedIcs } from "@/lib/data/calendar-feeds";
import { icsLabels } from "@/lib/i18n/ical-labels";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/ical/feed/[token]">) {
  const { token } = await params;
  const text = await feedIcs(token.replace(/\.ics$/, ""), await icsLabels());
  if (text === null) return new Response("Not found", { status: 404 });
  return new Response(text, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=300" },
  });
}
