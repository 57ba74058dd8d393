// A complaint's status as a coloured badge.
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export const COMPLAINT_STATUS_TONES: Record<string, BadgeTone> = {
  REGISTERED: "info", ACCEPTED: "info", ASSIGNED: "info", IN_PROGRESS: "info",
  RETURNED: "warning", NOT_ACCEPTED: "neutral", HANDLED: "success", REPLIED: "success", CLOSED: "neutral", DUPLICATE: "neutral",
};

export async function ComplaintStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("complaints.status");
  return <Badge tone={COMPLAINT_STATUS_TONES[status] ?? "neutral"}>{t(status as never)}</Badge>;
}
