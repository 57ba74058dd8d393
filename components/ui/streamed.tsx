// A section of a page that streams in after the page's shell (docs/decisions/045). The database
// driver (better-sqlite3) answers synchronously, so without a pause a section's queries would run
// before React sends anything and the shell would wait for the slowest section: the section
// first yields to the event loop, React flushes the shell with the placeholder, then the
// section's data is read and its HTML follows on the same response.
import { Suspense, type ReactNode } from "react";
import { SectionLoading } from "@/components/ui/layout";

/** Event-loop turns to let pass: the shell crosses React's server render, its HTML render and
 * Next's output buffer, each of which hands on in a later turn (setImmediate). */
const TURNS = 6;

async function AfterShell({ children }: { children: ReactNode }) {
  for (let i = 0; i < TURNS; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  return <>{children}</>;
}

export function Streamed({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <Suspense fallback={<SectionLoading label={label} className={className} />}>
      <AfterShell>{children}</AfterShell>
    </Suspense>
  );
}
