// The markup twins of the list cells print what their React components print (docs/decisions/093):
// a list built as markup looks and behaves as it did, and the e2e tests that find cards, badges and
// links by class or test id still find them.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge } from "@/components/ui/badge";
import { PhoneCard } from "@/components/ui/table";
import { badgeHtml, dueDateHtml, linkHtml, overdueHtml, phoneCardHtml, recordLinkHtml, wideCellHtml } from "@/components/ui/html-cells";
import { html } from "@/lib/html";

/** React's markup in the single-quoted form the twins write. */
const react = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element).replaceAll('"', "'");
const overdue = (days: number) => `超期 ${days} 天`;

describe("list cells as markup", () => {
  it("a badge is the Badge component's markup, with its extra class and escaped text", () => {
    expect(badgeHtml("warning", "移交 2 次").text).toBe(react(Badge({ tone: "warning", children: "移交 2 次" })));
    expect(badgeHtml("danger", "超期 3 天", "font-semibold").text).toBe(react(Badge({ tone: "danger", className: "font-semibold", children: "超期 3 天" })));
    expect(badgeHtml("info", "<b>").text).toBe("<span class='badge badge-info'>&lt;b&gt;</span>");
  });

  it("a phone card is the PhoneCard component's markup", () => {
    expect(phoneCardHtml("complaint-card", html`<p>正文</p>`).text).toBe(react(PhoneCard({ testId: "complaint-card", children: createElement("p", null, "正文") })));
  });

  it("a due date is red with the days overdue while outstanding past it, plain otherwise, a dash without one", () => {
    expect(dueDateHtml("2026-12-01", true, overdue, "2026-12-04").text).toBe(
      "<span class='due-date'><span class='font-medium text-red-700'>2026-12-01</span><span class='badge badge-danger font-semibold'>超期 3 天</span></span>",
    );
    expect(dueDateHtml("2026-12-01", false, overdue, "2026-12-04").text).toBe("<span class='due-date'><span>2026-12-01</span></span>");
    expect(dueDateHtml(null, true, overdue, "2026-12-04").text).toBe("<span class='text-slate-400'>—</span>");
  });

  it("the overdue badge appears only for an outstanding matter past its date", () => {
    expect(overdueHtml("2026-12-04", true, overdue, "2026-12-04")).toBeNull();
    expect(overdueHtml("2026-12-01", false, overdue, "2026-12-04")).toBeNull();
    expect(overdueHtml("2026-12-03", true, overdue, "2026-12-04")?.text).toBe("<span class='badge badge-danger font-semibold'>超期 1 天</span>");
  });

  it("links and wide cells escape what they are given", () => {
    expect(recordLinkHtml("/complaints/7", "TS-2026-7").text).toBe("<a class='record-link' href='/complaints/7'>TS-2026-7</a>");
    expect(linkHtml("/meetings/1", "会'议<").text).toBe("<a class='hover:underline' href='/meetings/1'>会&#39;议&lt;</a>");
    expect(wideCellHtml("物业", "min-w-32").text).toBe("<td class='hidden sm:table-cell min-w-32'>物业</td>");
    expect(wideCellHtml("—").text).toBe("<td class='hidden sm:table-cell'>—</td>");
  });
});
