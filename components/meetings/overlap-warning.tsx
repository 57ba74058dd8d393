"use client";
// Warns, without blocking, when invited organisations already have a meeting at the chosen time.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/layout";

/** One other meeting at that time: its title (when the user may open it), convener, time and the invited units it keeps busy. */
type Warning = { meeting: string; convener: string; orgs: string; start: string; end: string };

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
          {warnings.map((w, i) => (
            <li key={i}>{w.meeting ? t("overlapMeeting", { meeting: w.meeting, convener: w.convener, start: w.start, end: w.end, orgs: w.orgs }) : t("overlapOther", { convener: w.convener, start: w.start, end: w.end, orgs: w.orgs })}</li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}
