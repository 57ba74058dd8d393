"use client";
// A button that runs a server action after the user confirms, and shows its error beside it.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

export function ConfirmActionButton({ label, confirm, action, variant = "secondary" }: { label: string; confirm: string; action: () => Promise<ActionResult<unknown>>; variant?: ButtonVariant }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <div className="space-y-2">
      <Button
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          setError(null);
          start(async () => {
            const result = await action();
            if (result.ok) router.refresh();
            else setError(result.formError ?? "generic");
          });
        }}
      >
        {label}
      </Button>
      <FormError code={error} />
    </div>
  );
}
