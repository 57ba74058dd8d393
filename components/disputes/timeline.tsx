// A dispute's timeline: every event with who, when and what, oldest first. Server component.
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

type Event = { id: number; type: string; at: Date; actorName: string; actorOrgName: string; note: string; data: string };
type Data = Record<string, unknown>;

const TONE: Record<string, BadgeTone> = {
  created: "info", escalated: "warning", accepted: "info", returned: "danger", outcome: "neutral", resolved: "success", reopened: "warning",
  meetingCancelled: "danger", resolutionReopened: "warning", resolutionConfirmed: "success",
};

const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join("、") : "");

export async function DisputeTimeline({ events }: { events: readonly Event[] }) {
  const [t, format] = await Promise.all([getTranslations("disputes"), getFormatter()]);
  const when = (iso: unknown) => (typeof iso === "string" ? format.dateTime(new Date(iso), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) : "");

  function text(e: Event, d: Data): string[] {
    const s = (k: string) => String(d[k] ?? "");
    switch (e.type) {
      case "created":
        return [t("eventText.created", { level: t(`levelValue.${s("level") || "STREET"}` as never), areas: list(d.areas) })];
      case "updated":
        return [t("eventText.updated", { fields: (Array.isArray(d.changed) ? d.changed : []).map((f) => t(`field.${String(f)}` as never)).join("、") })];
      case "attachmentsAdded":
        return [t("eventText.attachmentsAdded", { files: list(d.files) })];
      case "scheduled":
        return [t("eventText.scheduled", { title: s("title"), time: when(d.startsAt), place: s("place") })];
      case "invited":
        return [
          ...(list(d.added) ? [t("eventText.invited", { added: list(d.added) })] : []),
          ...(list(d.removed) ? [t("eventText.invitedRemoved", { removed: list(d.removed) })] : []),
        ];
      case "rescheduled":
        return [t("eventText.rescheduled", { title: s("title"), time: when(d.startsAt), place: s("place") })];
      case "meetingCancelled":
        return [t("eventText.meetingCancelled", { title: s("title") })];
      case "held":
        return [t("eventText.held", { title: s("title") })];
      case "outcome":
        return [t("eventText.outcome", { title: s("title"), outcome: t(`outcomeValue.${s("outcome") || "UNRESOLVED"}` as never) })];
      case "escalated":
        return [t("eventText.escalated", { to: s("to"), due: s("dueDate") })];
      case "accepted":
        return [t("eventText.accepted", { level: t(`levelValue.${s("toLevel") || "DISTRICT"}` as never) })];
      case "returned":
        return [t("eventText.returned", { from: s("from") })];
      case "resolutionDone":
      case "resolutionConfirmed":
      case "resolutionReopened":
        return [t(`eventText.${e.type}`, { description: s("description") })];
      case "resolved":
      case "reopened":
        return [t(`eventText.${e.type}`)];
      default:
        return [];
    }
  }

  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" data-testid="timeline">
      {events.map((e) => {
        const data = JSON.parse(e.data) as Data;
        return (
          <li key={e.id} className="relative" data-event={e.type}>
            <span aria-hidden="true" className="absolute -left-[1.65rem] top-1.5 size-2.5 rounded-full bg-brand-600 ring-4 ring-white" />
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={TONE[e.type] ?? "neutral"}>{t(`eventType.${e.type}` as never)}</Badge>
              <time className="text-xs text-slate-500" dateTime={e.at.toISOString()}>
                {format.dateTime(e.at, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
              </time>
              <span className="text-xs text-slate-600">{e.actorOrgName} · {e.actorName}</span>
            </div>
            {text(e, data).map((line, i) => (
              <p key={i} className="mt-1 text-sm text-slate-800">{line}</p>
            ))}
            {e.note ? <p className="mt-1 whitespace-pre-wrap rounded bg-slate-50 px-2 py-1 text-sm text-slate-700">{e.note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
