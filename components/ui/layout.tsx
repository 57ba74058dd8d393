// Page structure primitives: header, card, description list, empty state. Server-safe.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export function PageHeader({ title, description, actions, breadcrumbs }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; breadcrumbs?: ReactNode }) {
  return (
    <div className="mb-5 space-y-2">
      {breadcrumbs ? <nav aria-label="breadcrumb" className="text-sm text-slate-600 print:hidden">{breadcrumbs}</nav> : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{title}</h1>
          {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2 print:hidden">{actions}</div> : null}
      </div>
    </div>
  );
}

export function Card({ title, actions, children, className, id }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; id?: string }) {
  return (
    <section id={id} className={cn("rounded-lg border border-slate-200 bg-white shadow-xs", className)}>
      {title || actions ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
          {title ? <h2 className="text-base font-semibold text-slate-900">{title}</h2> : <span />}
          {actions ? <div className="flex flex-wrap gap-2 print:hidden">{actions}</div> : null}
        </div>
      ) : null}
      <div className="p-4">{children}</div>
    </section>
  );
}

export function DescriptionList({ items }: { items: { label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map((item, i) => (
        <div key={i} className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">{item.label}</dt>
          <dd className="mt-0.5 break-words text-sm text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-500">{children}</p>;
}

export function Notice({ tone = "info", children }: { tone?: "info" | "warning" | "success" | "danger"; children: ReactNode }) {
  const tones = {
    info: "border-brand-200 bg-brand-50 text-brand-900",
    warning: "border-amber-300 bg-amber-50 text-amber-900",
    success: "border-emerald-300 bg-emerald-50 text-emerald-900",
    danger: "border-red-300 bg-red-50 text-red-900",
  } as const;
  return <div role="status" className={cn("rounded-md border px-3 py-2 text-sm", tones[tone])}>{children}</div>;
}

/** Stands in for a section while its data streams in (a Suspense fallback): the page's first
 * bytes leave at the shell's speed and each section fills in when its queries answer. */
export function SectionLoading({ label, className }: { label: string; className?: string }) {
  return (
    <div aria-busy="true" className={cn("h-24 animate-pulse rounded-lg border border-slate-200 bg-slate-50 motion-reduce:animate-none", className)}>
      <span className="sr-only">{label}</span>
    </div>
  );
}
