// An accountability record's status and what went wrong. Server-safe.
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<string, BadgeTone> = { OPEN: "warning", DECIDED: "info", CLOSED: "success" };

export async function AccountabilityStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("accountability.status");
  return <Badge tone={TONES[status] ?? "neutral"}>{t(status as never)}</Badge>;
}

export async function FailureBadge({ failure }: { failure: string }) {
  const t = await getTranslations("accountability.failure");
  return <Badge tone={failure === "SERIOUS_CONSEQUENCE" ? "danger" : "neutral"}>{t(failure as never)}</Badge>;
}
