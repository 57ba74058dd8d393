// The integration API's documentation, rendered here from the OpenAPI document (no script, no
// CDN): operations with parameters, request examples and responses, the schemas, the webhook and
// the problem types that `type` in a problem points to.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { openApiDocument, WORK_ORDER_EXAMPLE } from "@/lib/api/openapi";
import { PROBLEM_TYPES, problem, type ProblemType } from "@/lib/api/problem";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("integrations.docs");
  return { title: t("title") };
}

type Schema = { $ref?: string; type?: string | readonly string[]; properties?: Record<string, Schema>; required?: readonly string[]; description?: string; enum?: readonly unknown[]; items?: Schema; oneOf?: readonly Schema[]; format?: string; maxLength?: number; pattern?: string };
type Operation = { operationId?: string; summary: string; description?: string; parameters?: readonly { name: string; in: string; required: boolean; description?: string; schema: Schema }[]; requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> }; responses: Record<string, { description: string }> };

function typeOf(s: Schema): string {
  if (s.$ref) return s.$ref.replace("#/components/schemas/", "");
  if (s.oneOf) return s.oneOf.map(typeOf).join(" | ");
  if (s.type === "array" && s.items) return `${typeOf(s.items)}[]`;
  const t = Array.isArray(s.type) ? s.type.join(" | ") : String(s.type ?? "object");
  return s.format ? `${t} (${s.format})` : t;
}

function SchemaTable({ schema }: { schema: Schema }) {
  const props = Object.entries(schema.properties ?? {});
  if (props.length === 0) return <p className="text-sm">{typeOf(schema)}</p>;
  return (
    <table className="w-full text-left text-sm">
      <tbody>
        {props.map(([name, p]) => (
          <tr key={name} className="border-t border-slate-200 align-top">
            <td className="py-1 pr-3 font-mono">
              {name}
              {schema.required?.includes(name) ? <span className="text-red-700"> *</span> : null}
            </td>
            <td className="py-1 pr-3 font-mono text-slate-600">{typeOf(p)}</td>
            <td className="py-1">
              {p.description ?? ""}
              {p.enum ? <span className="block font-mono text-xs text-slate-600">{p.enum.filter((v) => v !== null).join(" · ")}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A code sample that may scroll sideways: a focusable region, so keyboard users can scroll it. */
function Code({ children, label }: { children: string; label: string }) {
  return <pre role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{children}</pre>;
}

export default async function ApiDocsPage() {
  const t = await getTranslations("integrations.docs");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "zh-CN";
  const paths = Object.entries(openApiDocument.paths) as [string, Record<string, Operation>][];
  const schemas = Object.entries(openApiDocument.components.schemas) as [string, Schema][];
  const webhook = openApiDocument.webhooks.workOrderEvent.post as unknown as Operation;
  const sections: [string, string][] = [["auth", t("authBody")], ["limits", t("limitsBody")], ["idempotency", t("idempotencyBody")], ["webhooks", t("webhooksBody")], ["problems", t("problemsBody")]];
  return (
    <main className="mx-auto max-w-5xl space-y-8 bg-white p-4 sm:p-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <a className="text-blue-800 underline" href="/api/v1/openapi.json">{t("openapi")}</a> · <span className="font-mono">{openApiDocument.info.version}</span>
        </p>
      </header>
      {sections.map(([id, body]) => (
        <section key={id} id={id} className="space-y-1">
          <h2 className="text-lg font-semibold">{t(id as "auth")}</h2>
          <p className="text-sm leading-relaxed">{body}</p>
        </section>
      ))}
      <section className="space-y-4" id="operations">
        <h2 className="text-xl font-semibold">{t("operations")}</h2>
        {paths.flatMap(([path, ops]) =>
          Object.entries(ops).map(([method, op]) => (
            <article key={`${method} ${path}`} id={op.operationId} className="space-y-2 rounded border border-slate-300 p-4">
              <h3 className="font-mono font-semibold">
                <span className="mr-2 rounded bg-blue-900 px-2 py-0.5 text-white">{method.toUpperCase()}</span>/api/v1{path}
              </h3>
              <p className="font-medium">{op.summary}</p>
              {op.description ? <p className="text-sm">{op.description}</p> : null}
              {op.parameters?.length ? (
                <div>
                  <h4 className="text-sm font-semibold">{t("parameters")}</h4>
                  <ul className="text-sm">
                    {op.parameters.map((p) => (
                      <li key={p.name} className="font-mono">{p.name} ({p.in}{p.required ? ", *" : ""}) {typeOf(p.schema)} {p.description ? <span className="font-sans">— {p.description}</span> : null}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {op.requestBody ? (
                <div className="space-y-1">
                  <h4 className="text-sm font-semibold">{t("request")}: {typeOf(op.requestBody.content["application/json"]!.schema)}</h4>
                  {op.requestBody.content["application/json"]!.example ? <Code label={`${t("example")} ${op.operationId ?? ""}`}>{JSON.stringify(op.requestBody.content["application/json"]!.example, null, 2)}</Code> : null}
                </div>
              ) : null}
              <div>
                <h4 className="text-sm font-semibold">{t("responses")}</h4>
                <ul className="text-sm">
                  {Object.entries(op.responses).map(([status, r]) => (
                    <li key={status}><span className="font-mono">{status}</span> {r.description}</li>
                  ))}
                </ul>
              </div>
            </article>
          )),
        )}
        <article className="space-y-2 rounded border border-slate-300 p-4" id="webhook">
          <h3 className="font-semibold">{t("events")}: POST {"<webhookUrl>"}</h3>
          <p className="text-sm">{webhook.description}</p>
          <Code label={`${t("example")} curl`}>{`curl -X POST /api/v1/work-orders \\\n  -H "Authorization: Bearer ld_…" -H "Content-Type: application/json" \\\n  -d '${JSON.stringify(WORK_ORDER_EXAMPLE)}'`}</Code>
        </article>
      </section>
      <section className="space-y-4" id="schemas">
        <h2 className="text-xl font-semibold">{t("schemas")}</h2>
        {schemas.map(([name, schema]) => (
          <article key={name} id={`schema-${name}`} className="space-y-1">
            <h3 className="font-mono font-semibold">{name}</h3>
            {schema.description ? <p className="text-sm">{schema.description}</p> : null}
            <SchemaTable schema={schema} />
          </article>
        ))}
      </section>
      <section className="space-y-2" id="problems">
        <h2 className="text-xl font-semibold">{t("problems")}</h2>
        <dl className="space-y-2 text-sm">
          {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((type) => {
            const p = problem(type, locale, { params: { limit: 120, retryAfter: 30 } });
            return (
              <div key={type} id={`problem-${type}`}>
                <dt className="font-mono font-semibold">{p.status} {p.type}</dt>
                <dd>{p.title}：{p.detail}</dd>
              </div>
            );
          })}
        </dl>
      </section>
    </main>
  );
}
