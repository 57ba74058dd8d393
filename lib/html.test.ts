import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./html";

describe("html", () => {
  it("escapes every character that could start markup or end an attribute", () => {
    expect(escapeHtml(`<img src=x onerror='a("b")'>&`)).toBe("&lt;img src=x onerror=&#39;a(&quot;b&quot;)&#39;&gt;&amp;");
  });

  it("escapes interpolated text in content and in single-quoted attributes", () => {
    const name = "道里'><script>alert(1)</script>";
    expect(html`<a title='${name}'>${name}</a>`.text).toBe(
      "<a title='道里&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'>道里&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>",
    );
  });

  it("keeps nested templates and arrays of them as markup, once", () => {
    const cells = [1, 2].map((n) => html`<td>${n}</td>`);
    expect(html`<tr>${cells}</tr>`.text).toBe("<tr><td>1</td><td>2</td></tr>");
  });

  it("renders nothing for null, undefined and false, and zero as 0", () => {
    expect(html`<p>${null}${undefined}${false}${0}</p>`.text).toBe("<p>0</p>");
  });

  it("does not take a look-alike object for markup", () => {
    const forged = { text: "<b>" } as unknown as string;
    expect(() => html`${forged}`).toThrow(TypeError);
  });
});
