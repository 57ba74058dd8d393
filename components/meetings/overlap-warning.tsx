"use client";
// Warns, without blocking, when invited organisations already have a meeting at the chosen time.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/layout";

type Warning = { orgName: string; start: string; end: string };

export function OverlapWarning({ date, startTime, endTime, orgIds, excludeMeetingId, check }: {
  date: string; startTime: string; endTime: string; orgIds: number[]; excludeMeetingId?: number;
  check: (input: unknown) => Promise<Warning[]>;
}) {
  const t = useTranslations("meetings");
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const key = `${date}|${startTime}|${endTime}|${orgIds.join(",")}`;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      check({ date, startTime, endTime, orgIds, excludeMeetingId })
        .then((w) => { if (live) setWarnings(w); })
        .catch(() => { if (live) setWarnings([]); });
    }, 400);
    return () => { live = false; clearTimeout(timer); };
    // The key captures every input; the arrays themselves change identity on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (warnings.length === 0) return null;
  return (
    <div aria-live="polite" data-testid="overlap-warning">
      <Notice tone="warning">
        <p className="font-medium">{t("overlapTitle")}</p>
        <p>{t("overlapIntro")}</p>
        <ul className="mt-1 list-disc pl-5">
          {warnings.map((w, i) => <li key={i}>{t("overlapItem", { org: w.orgName, start: w.start, end: w.end })}</li>)}
        </ul>
      </Notice>
    </div>
  );
}
