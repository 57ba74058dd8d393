// An enforcement referral's status as a coloured badge.
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export const REFERRAL_STATUS_TONES: Record<string, BadgeTone> = { REFERRED: "info", INVESTIGATING: "info", RETURNED: "warning", OUTCOME_REPORTED: "success", CLOSED: "neutral" };

export async function ReferralStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("referrals.status");
  return <Badge tone={REFERRAL_STATUS_TONES[status] ?? "neutral"}>{t(status as never)}</Badge>;
}
