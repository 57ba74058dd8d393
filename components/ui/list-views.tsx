// The views of a list (我的待办, 在办, 全部) as links above its filters. Server-safe.
import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

export function ListViews({ label, views }: { label: string; views: { href: string; label: string; active: boolean }[] }) {
  return (
    <nav aria-label={label} className="mb-3 flex flex-wrap gap-2" data-testid="list-views">
      {views.map((v) => (
        <Link
          key={v.href}
          href={v.href}
          aria-current={v.active ? "page" : undefined}
          className={cn("rounded-md px-3 py-1.5 text-sm", v.active ? "bg-brand-700 font-medium text-white" : "text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50")}
        >
          {v.label}
        </Link>
      ))}
    </nav>
  );
}
