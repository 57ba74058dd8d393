// Status badges of disputes, meetings, escalations and resolutions, and the red overdue badge
// shown wherever a resolution or escalation is past due. Server components.
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export const DISPUTE_TONE: Record<string, BadgeTone> = {
  PENDING_MEETING: "warning", SCHEDULED: "info", UNRESOLVED: "danger", ESCALATED: "info", RETURNED: "warning", IMPLEMENTING: "info", RESOLVED: "success",
};

export async function DisputeStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("disputes");
  return <Badge tone={DISPUTE_TONE[status] ?? "neutral"}>{t(`statusValue.${status}` as never)}</Badge>;
}

export async function LevelBadge({ level, meeting = false }: { level: string; meeting?: boolean }) {
  const t = await getTranslations("disputes");
  return <Badge tone="neutral">{t(`${meeting ? "levelMeeting" : "levelValue"}.${level}` as never)}</Badge>;
}

export async function CrossDistrictBadge() {
  const t = await getTranslations("disputes");
  return <Badge tone="warning">{t("crossDistrict")}</Badge>;
}

export async function UrgencyBadge({ urgency }: { urgency: string }) {
  const t = await getTranslations("disputes");
  if (urgency === "NORMAL") return null;
  return <Badge tone="danger">{t(`urgencyValue.${urgency}` as never)}</Badge>;
}

const OUTCOME_TONE: Record<string, BadgeTone> = { RESOLVED: "success", PARTLY_RESOLVED: "warning", UNRESOLVED: "danger" };

export async function OutcomeBadge({ outcome }: { outcome: string | null }) {
  const t = await getTranslations("disputes");
  if (!outcome) return <Badge tone="neutral">{t("outcomePending")}</Badge>;
  return <Badge tone={OUTCOME_TONE[outcome] ?? "neutral"}>{t(`outcomeValue.${outcome}` as never)}</Badge>;
}

export const MEETING_TONE: Record<string, BadgeTone> = { SCHEDULED: "info", HELD: "success", CANCELLED: "neutral" };

export async function MeetingStatusBadge({ status, minutesStatus }: { status: string; minutesStatus?: string }) {
  const t = await getTranslations("meetings");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={MEETING_TONE[status] ?? "neutral"}>{t(`statusValue.${status}` as never)}</Badge>
      {status === "HELD" && minutesStatus ? <Badge tone={minutesStatus === "FINAL" ? "success" : "warning"}>{t(`minutesStatusValue.${minutesStatus}` as never)}</Badge> : null}
    </span>
  );
}

export const ESCALATION_TONE: Record<string, BadgeTone> = { PENDING: "info", ACCEPTED: "success", RETURNED: "warning" };

export async function EscalationStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("disputes");
  return <Badge tone={ESCALATION_TONE[status] ?? "neutral"}>{t(`escalationStatusValue.${status}` as never)}</Badge>;
}

export const RESOLUTION_TONE: Record<string, BadgeTone> = { OPEN: "warning", IN_PROGRESS: "info", DONE: "info", CONFIRMED: "success" };

export async function ResolutionStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("meetings");
  return <Badge tone={RESOLUTION_TONE[status] ?? "neutral"}>{t(`resolutionStatusValue.${status}` as never)}</Badge>;
}

/** The red badge of anything past due: one component for the whole app (components/ui/overdue-badge). */
export { OverdueBadge } from "@/components/ui/overdue-badge";
