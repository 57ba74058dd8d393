"use client";
// Navigation links that mark the current section (aria-current).
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <ul className="space-y-0.5">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={current(item.href) ? "page" : undefined}
            className={cn(
              "block rounded-md px-3 py-1.5 text-sm",
              current(item.href) ? "bg-brand-100 font-semibold text-brand-900" : "text-slate-700 hover:bg-slate-200/60",
            )}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
