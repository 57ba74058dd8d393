"use client";
// The resident's page: look up the complaint by reference + the phone's last four digits, read
// its status and result in plain words, then rate it once. Both steps go to the server with the
// same pair (nothing is remembered between them), and the server checks and throttles each.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { PublicComplaintView } from "@/lib/data/satisfaction";
import { RATINGS } from "@/lib/domain/codes";
import type { PublicLookupInput, PublicRatingInput } from "@/lib/validation/satisfaction";
import { lookUpComplaintAction, rateComplaintAction } from "@/app/(public)/public/rating/actions";
import { Button } from "@/components/ui/button";
import { TextareaField, TextField } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { FormError } from "@/components/ui/form-error";
import { DescriptionList } from "@/components/ui/layout";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const publicLookupSchema = () => import("@/lib/validation/satisfaction").then((m) => m.publicLookupSchema);
const publicRatingSchema = () => import("@/lib/validation/satisfaction").then((m) => m.publicRatingSchema);

/** public.* codes are this page's own messages; anything else is a generic form error. */
function PublicMessage({ code }: { code: string | null }) {
  const t = useTranslations("satisfaction.public");
  if (!code) return null;
  if (code.startsWith("public.")) {
    return (
      <p role="alert" aria-live="assertive" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="public-message">
        {t(code.slice("public.".length) as never)}
      </p>
    );
  }
  return <FormError code={code} />;
}

function LookupForm({ onFound }: { onFound: (view: PublicComplaintView, pair: PublicLookupInput) => void }) {
  const t = useTranslations("satisfaction.public");
  const common = useTranslations("common");
  const { form, onSubmit, formError, pending } = useActionForm<PublicLookupInput, PublicComplaintView>({
    schema: publicLookupSchema,
    defaultValues: { ref: "", phoneSuffix: "" },
    action: (values) => lookUpComplaintAction(values) as Promise<ActionResult<PublicComplaintView>>,
    onSuccess: (view, values) => view && onFound(view, values),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="lookup-form">
      <PublicMessage code={formError === "validation" ? null : formError} />
      <TextField label={t("ref")} hint={t("refHint")} required autoComplete="off" registration={form.register("ref")} error={e.ref} />
      <TextField label={t("phoneSuffix")} required inputMode="numeric" maxLength={4} autoComplete="off" registration={form.register("phoneSuffix")} error={e.phoneSuffix} />
      <Button type="submit" disabled={pending}>{pending ? common("loading") : t("lookUp")}</Button>
    </form>
  );
}

function RatingForm({ pair, onRated }: { pair: PublicLookupInput; onRated: (view: PublicComplaintView) => void }) {
  const t = useTranslations("satisfaction");
  const common = useTranslations("common");
  const { form, onSubmit, formError, pending } = useActionForm<PublicRatingInput, PublicComplaintView>({
    schema: publicRatingSchema,
    defaultValues: { ...pair, rating: "" as never, comment: "" },
    action: (values) => rateComplaintAction(values),
    onSuccess: (view) => view && onRated(view),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="rating-form">
      <PublicMessage code={formError === "validation" ? null : formError} />
      <Fieldset legend={t("public.rateTitle")} required error={e.rating}>
        <div className="flex flex-wrap gap-3">
          {RATINGS.map((r) => (
            <label key={r} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" value={r} {...form.register("rating")} className="size-4" />
              {t(`rating.${r}`)}
            </label>
          ))}
        </div>
      </Fieldset>
      <TextareaField label={t("public.comment")} hint={t("public.commentHint")} rows={3} registration={form.register("comment")} error={e.comment} />
      <Button type="submit" disabled={pending}>{pending ? common("loading") : t("public.submit")}</Button>
    </form>
  );
}

export function PublicRating() {
  const t = useTranslations("satisfaction.public");
  const [found, setFound] = useState<{ view: PublicComplaintView; pair: PublicLookupInput } | null>(null);
  const [thanks, setThanks] = useState(false);
  if (!found) return <LookupForm onFound={(view, pair) => { setFound({ view, pair }); setThanks(false); }} />;
  const v = found.view;
  return (
    <div className="space-y-5" data-testid="public-complaint">
      <DescriptionList
        items={[
          { label: t("ref"), value: v.ref },
          { label: t("status"), value: <span data-testid="public-stage">{t(`stage.${v.stage}`)}</span> },
          { label: t("category"), value: v.category || "—" },
          { label: t("receivedOn"), value: v.receivedOn },
          ...(v.handledOn ? [{ label: t("handledOn"), value: v.handledOn }] : []),
          ...(v.closedOn ? [{ label: t("closedOn"), value: v.closedOn }] : []),
        ]}
      />
      <div>
        <h2 className="text-xs font-medium text-slate-500">{t("result")}</h2>
        <p className="mt-1 whitespace-pre-line text-sm text-slate-900" data-testid="public-result">{v.result || t("noResult")}</p>
      </div>
      {thanks ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">{t("thanks")}</p>
      ) : v.rated ? (
        <p className="text-sm text-slate-600">{t("rated")}</p>
      ) : v.canRate ? (
        <RatingForm pair={found.pair} onRated={(view) => { setFound({ view, pair: found.pair }); setThanks(true); }} />
      ) : (
        <p className="text-sm text-slate-600">{t("notClosed")}</p>
      )}
      <button type="button" className="text-sm text-brand-700 hover:underline" onClick={() => setFound(null)}>{t("another")}</button>
    </div>
  );
}
