// A button that runs a server action after the user confirms (components/ui/confirm-action-button.tsx),
// with the messages its error line needs: pages render it anywhere without a provider of their own.
import type { ComponentProps } from "react";
import { ClientMessages } from "@/components/intl-provider";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function ConfirmAction(props: ComponentProps<typeof ConfirmActionButton>) {
  return (
    <ClientMessages namespaces={[]}>
      <ConfirmActionButton {...props} />
    </ClientMessages>
  );
}
