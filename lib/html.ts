// Markup built outside React, for the one table too large to render as React elements: the
// assessment ranking (about 2,000 drill-down links; docs/decisions/083). Every value put into an
// `html` template is escaped unless it was itself built by `html`, so text from the database can
// never become markup. Write attributes in single quotes: the markup also travels inside the
// page's RSC payload (a JSON string), where double quotes would each cost an escape.
const built = Symbol("html");

export type Html = { readonly [built]: true; readonly text: string };

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function isHtml(value: object): value is Html {
  return built in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return String(value);
  if (isHtml(value)) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  throw new TypeError("html: only text, numbers, html values and arrays of them can be interpolated");
}

/** A tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` values and arrays of them are kept as markup; null, undefined and false render nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += render(values[i]!) + strings[i + 1]!;
  return { [built]: true, text };
}
