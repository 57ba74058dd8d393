// Planned works' and outages' statuses as coloured badges.
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const WORKS: Record<string, BadgeTone> = { NOTIFIED: "info", RESTORATION_REPORTED: "info", DISPUTED: "warning", CLOSED: "neutral", CANCELLED: "neutral" };
const ANSWER: Record<string, BadgeTone> = { PENDING: "neutral", CONFIRMED: "success", DISPUTED: "warning" };
const OUTAGE: Record<string, BadgeTone> = { ACTIVE: "danger", RESTORED: "success" };
const TASK: Record<string, BadgeTone> = { PENDING: "warning", CONFIRMED: "success" };

export async function WorksStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("works.status");
  return <Badge tone={WORKS[status] ?? "neutral"}>{t(status as never)}</Badge>;
}

export async function RestorationBadge({ answer }: { answer: string }) {
  const t = await getTranslations("works.answer");
  return <Badge tone={ANSWER[answer] ?? "neutral"}>{t(answer as never)}</Badge>;
}

export async function WorksPhaseBadge({ phase }: { phase: string | null }) {
  if (!phase) return null;
  const t = await getTranslations("works.phase");
  return <Badge tone={phase === "ENDED" ? "warning" : phase === "UNDERWAY" ? "info" : "neutral"}>{t(phase as never)}</Badge>;
}

export async function OutageStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("outages.status");
  return <Badge tone={OUTAGE[status] ?? "neutral"}>{t(status as never)}</Badge>;
}

export async function AssistBadge({ status }: { status: string }) {
  const t = await getTranslations("outages.task");
  return <Badge tone={TASK[status] ?? "neutral"}>{t(status as never)}</Badge>;
}
