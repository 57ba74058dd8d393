// Data tables that scroll sideways on narrow screens instead of breaking the layout. Server-safe.
// Cell styles live in app/globals.css (`.data-table`): a list page repeats them in every cell of
// its HTML and again in its RSC payload, so classes per cell would be most of the page's weight.
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** `stacks`: the table's rows carry their own narrow-screen layout (columns hidden below `sm`,
 * their content repeated in the first cell), so it keeps to the screen's width instead of scrolling. */
export function Table({ children, caption, stacks = false }: { children: ReactNode; caption?: ReactNode; stacks?: boolean }) {
  return (
    // A table that may scroll sideways is a focusable region, so keyboard users can scroll it.
    <div className="-mx-4 overflow-x-auto sm:mx-0" {...(stacks ? {} : { role: "region", tabIndex: 0, "aria-label": typeof caption === "string" ? caption : undefined })}>
      <table className={cn("data-table", stacks ? "sm:min-w-[40rem]" : "min-w-[40rem]")}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={className} {...props} />;
}

export function Td(props: ComponentProps<"td">) {
  return <td {...props} />;
}

export function Tr(props: ComponentProps<"tr">) {
  return <tr {...props} />;
}

/** Class for a column of a `stacks` table that phones do not show (its content is in the card). */
export const WIDE = "hidden sm:table-cell";

/** Inside a `stacks` table's first cell: the row as a phone card, what the hidden columns say in a few lines. */
export function PhoneCard({ children, testId }: { children: ReactNode; testId: string }) {
  return <div className="mt-1 space-y-1 sm:hidden" data-testid={testId}>{children}</div>;
}
