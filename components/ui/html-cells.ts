// The pieces of a list's rows as markup built outside React (lib/html.ts), for lists whose rows
// are the larger part of the page's work (docs/decisions/093). Each renders exactly what its React
// twin renders: Badge, DueDate with OverdueBadge, PhoneCard, and a record's link; the class names
// are the same, so app/globals.css styles both.
import { html, type Html, type HtmlValue } from "@/lib/html";
import { daysOverdue } from "@/lib/domain/deadline";
import { cityDate, type IsoDate } from "@/lib/domain/dates";
import type { BadgeTone } from "@/components/ui/badge";

/** `Badge`: a status or a count in a coloured pill. */
export function badgeHtml(tone: BadgeTone, text: HtmlValue, extraClass?: string): Html {
  return html`<span class='badge badge-${tone}${extraClass ? ` ${extraClass}` : ""}'>${text}</span>`;
}

/** `OverdueBadge`: "超期 N 天" when an outstanding matter is past its due date; nothing otherwise. */
export function overdueHtml(due: IsoDate | null, outstanding: boolean, overdueText: (days: number) => string, today: IsoDate = cityDate(new Date())): Html | null {
  const days = outstanding ? daysOverdue(due, today) : 0;
  return days > 0 ? badgeHtml("danger", overdueText(days), "font-semibold") : null;
}

/** `DueDate`: the date, red with "超期 N 天" when the matter is outstanding past it; a dash without one. */
export function dueDateHtml(date: IsoDate | null, overdue: boolean, overdueText: (days: number) => string, today?: IsoDate): Html {
  if (!date) return html`<span class='text-slate-400'>—</span>`;
  return html`<span class='due-date'><span${overdue ? html` class='font-medium text-red-700'` : null}>${date}</span>${overdueHtml(date, overdue, overdueText, today)}</span>`;
}

/** `PhoneCard`: inside a stacking table's first cell, the row as a card on a phone. */
export function phoneCardHtml(testId: string, content: HtmlValue): Html {
  return html`<div class='mt-1 space-y-1 sm:hidden' data-testid='${testId}'>${content}</div>`;
}

/** A record's reference as the row's link (a plain link: the record loads as a whole page). */
export function recordLinkHtml(href: string, text: HtmlValue): Html {
  return html`<a class='record-link' href='${href}'>${text}</a>`;
}

/** A link inside a row's cell, underlined on hover. */
export function linkHtml(href: string, text: HtmlValue): Html {
  return html`<a class='hover:underline' href='${href}'>${text}</a>`;
}

/** A cell of a stacking table that phones do not show (`WIDE`), with the column's own classes. */
export function wideCellHtml(content: HtmlValue, extraClass?: string): Html {
  return html`<td class='hidden sm:table-cell${extraClass ? ` ${extraClass}` : ""}'>${content}</td>`;
}
