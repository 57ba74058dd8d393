"use client";
// The invitation list: the policy's invitees with why each is there, ticked by default; more
// organisations can be added from the directory; unticked ones are not invited.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";

export type OrgChoice = { id: number; name: string; kind: string };
export type Candidate = { orgId: number; reason: string };

export function InviteePicker({ candidates, selected, directory, onToggle, onAdd, error }: {
  candidates: Candidate[];
  selected: number[];
  directory: OrgChoice[];
  onToggle: (orgId: number, on: boolean) => void;
  onAdd: (orgId: number) => void;
  error?: { message?: string };
}) {
  const t = useTranslations("meetings");
  const to = useTranslations("org");
  const tc = useTranslations("common");
  const [pick, setPick] = useState("");
  const names = new Map(directory.map((o) => [o.id, o]));
  const listed = new Set(candidates.map((c) => c.orgId));
  const kinds = [...new Set(directory.map((o) => o.kind))];
  return (
    <Fieldset legend={t("invitees")} hint={t("inviteesHint")} required error={error}>
      {candidates.length === 0 ? <p className="text-sm text-slate-500">{t("noInvitees")}</p> : (
        <ul className="grid gap-1.5 sm:grid-cols-2" data-testid="invitees">
          {candidates.map((c) => {
            const org = names.get(c.orgId);
            return (
              <li key={c.orgId}>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" className="size-4 rounded border-slate-300" checked={selected.includes(c.orgId)} onChange={(e) => onToggle(c.orgId, e.target.checked)} />
                  <span>{org?.name ?? `#${c.orgId}`}</span>
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{t(`inviteReason.${c.reason}` as never)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2 pt-1">
        <label className="min-w-64 flex-1 text-xs font-medium text-slate-600" htmlFor="invitee-add">
          {t("addInvitee")}
          <select id="invitee-add" className={`${controlClass} mt-1`} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{t("chooseOrg")}</option>
            {kinds.map((k) => (
              <optgroup key={k} label={to(`kind.${k}` as never)}>
                {directory.filter((o) => o.kind === k && !listed.has(o.id)).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <Button variant="secondary" onClick={() => { if (pick) { onAdd(Number(pick)); setPick(""); } }}>{t("addInviteeButton")}</Button>
        <span className="sr-only">{tc("choose")}</span>
      </div>
    </Fieldset>
  );
}
