"use client";
// A section that is open on wide screens and folded on phones (its summary shows there only).
// Rendered open, so it works without JavaScript; folded once the page runs on a narrow screen.
import { useEffect, useRef, type ReactNode } from "react";

export function PhoneFold({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(max-width: 639px)").matches) ref.current.open = false;
  }, []);
  return (
    <details ref={ref} open className={className} data-testid="phone-fold">
      <summary className="mb-3 cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-300 sm:hidden">{summary}</summary>
      {children}
    </details>
  );
}
