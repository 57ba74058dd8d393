// Data tables that scroll sideways on narrow screens instead of breaking the layout. Server-safe.
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** `stacks`: the table's rows carry their own narrow-screen layout (columns hidden below `sm`,
 * their content repeated in the first cell), so it keeps to the screen's width instead of scrolling. */
export function Table({ children, caption, stacks = false }: { children: ReactNode; caption?: ReactNode; stacks?: boolean }) {
  return (
    // A table that may scroll sideways is a focusable region, so keyboard users can scroll it.
    <div className="-mx-4 overflow-x-auto sm:mx-0" {...(stacks ? {} : { role: "region", tabIndex: 0, "aria-label": typeof caption === "string" ? caption : undefined })}>
      <table className={cn("w-full divide-y divide-slate-200 text-sm", stacks ? "sm:min-w-[40rem]" : "min-w-[40rem]")}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("whitespace-nowrap bg-slate-50 px-3 py-2 text-left text-xs font-semibold text-slate-600", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2 align-top text-slate-800", className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-slate-100 last:border-0 hover:bg-slate-50/60", className)} {...props} />;
}
