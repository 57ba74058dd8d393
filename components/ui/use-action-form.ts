"use client";
// react-hook-form + zod on the client, the same schema's safeParse in the server action, and the
// action's field errors put back beside the fields.
import { useEffect, useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { lazyResolver, type SchemaSource } from "@/components/ui/lazy-resolver";
import type { ActionResult } from "@/lib/action-result";

type Options<TIn extends FieldValues, TData> = {
  /** The zod schema, or a loader of it (the usual case: zod then loads after the page). */
  schema: SchemaSource<TIn>;
  defaultValues: DefaultValues<TIn>;
  action: (values: TIn) => Promise<ActionResult<TData>>;
  onSuccess?: (data: TData | undefined, values: TIn) => void;
};

export type ActionForm<TIn extends FieldValues> = {
  form: UseFormReturn<TIn>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  formError: string | null;
  pending: boolean;
  succeeded: boolean;
};

/**
 * A random UUID v4 (crypto.getRandomValues works on plain-http intranet addresses, where
 * crypto.randomUUID does not exist).
 */
function newSubmissionKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function useActionForm<TIn extends FieldValues, TData = undefined>({ schema, defaultValues, action, onSuccess }: Options<TIn, TData>): ActionForm<TIn> {
  const [resolver] = useState(() => lazyResolver(schema));
  useEffect(() => resolver.preload(), [resolver]);
  const form = useForm<TIn>({
    resolver,
    defaultValues,
    mode: "onSubmit",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [succeeded, setSucceeded] = useState(false);
  const [pending, startTransition] = useTransition();
  // One key per submission, kept while it is retried (a lost answer, a failure) and renewed after
  // a success: the server stores it with what the submission did, so sending it again does not
  // do it twice (lib/data/submissions.ts).
  const [submissionKey, setSubmissionKey] = useState(newSubmissionKey);

  const onSubmit = form.handleSubmit(
    (values) =>
      new Promise<void>((resolve) => {
        setFormError(null);
        setSucceeded(false);
        startTransition(async () => {
          try {
            // The raw values go to the server, which parses them with the same schema.
            const result = await action({ ...form.getValues(), submissionKey });
            if (result.ok) {
              setSubmissionKey(newSubmissionKey());
              setSucceeded(true);
              onSuccess?.(result.data, values as TIn);
            } else {
              for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
                form.setError(field as Path<TIn>, { type: "server", message: keys[0] });
              }
              setFormError(result.formError ?? "validation");
            }
          } catch {
            setFormError("network");
          } finally {
            resolve();
          }
        });
      }),
    () => setFormError("validation"),
  );

  return { form, onSubmit, formError, pending, succeeded };
}
