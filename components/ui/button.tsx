// Buttons and button-styled links. LinkButton and buttonClass are server-safe; Button is a client
// component that waits for hydration (components/ui/client-button.tsx).
import Link from "@/components/ui/link";
import type { ComponentProps } from "react";
import { buttonClass, type ButtonVariant } from "@/components/ui/button-styles";

export { Button } from "@/components/ui/client-button";
export { buttonClass, type ButtonVariant };

export function LinkButton({ variant = "secondary", className, ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
