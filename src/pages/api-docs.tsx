import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { Layout } from "./layout";

type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
type Schema = { $ref?: string; properties?: Record<string, unknown>; required?: string[]; description?: string };

const METHODS = ["get", "post", "patch", "put", "delete"] as const;

/**
 * The API reference, rendered on the server from the OpenAPI document: readable with JavaScript off.
 * The page's own words are in the reader's language; what the document says (titles, summaries,
 * descriptions) is the API's English, marked as such for screen readers.
 */
export function ApiDocsPage({ lang, doc }: { lang: Language; doc: OpenApiDocument }) {
  const t = messages[lang].staff.apiDocs;
  const english = lang === "en" ? undefined : "en";
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? (doc.components?.schemas?.[schema.$ref.split("/").at(-1) ?? ""] as Schema | undefined) : schema;
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      return op ? [{ path, method, op }] : [];
    }),
  );
  const tags = [...new Set(operations.map((o) => o.op.tags?.[0] ?? "Other"))];
  return (
    <Layout lang={lang} title={t.title} path="/api/docs">
      <h1 lang={english}>{doc.info.title}</h1>
      <p lang={english}>{doc.info.description}</p>
      <p>
        {t.baseUrl} <code>{doc.servers?.[0]?.url}</code>. {t.document}{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. {t.auth}
      </p>
      <nav aria-label={t.sections}>
        <ul>
          {tags.map((tag) => (
            <li lang={english}>
              <a href={`#${slug(tag)}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section id={slug(tag)}>
          <h2 lang={english}>{tag}</h2>
          {operations
            .filter((o) => (o.op.tags?.[0] ?? "Other") === tag)
            .map(({ path, method, op }) => {
              const body = op.requestBody && "content" in op.requestBody ? op.requestBody.content : undefined;
              const jsonSchema = resolve(body?.["application/json"]?.schema as Schema | undefined);
              const parameters = (op.parameters ?? []).filter((p) => "name" in p);
              return (
                <article class="operation">
                  <h3>
                    <code>
                      {method.toUpperCase()} /api/v1{path}
                    </code>
                  </h3>
                  <p>
                    <span lang={english}>{op.summary}</span>
                    {op.security?.length ? <strong> {t.staffOnly}</strong> : null}
                  </p>
                  {op.description ? <p lang={english}>{op.description}</p> : null}
                  {parameters.length ? (
                    <table>
                      <caption>{t.parameters}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t.name}</th>
                          <th scope="col">{t.in}</th>
                          <th scope="col">{t.required}</th>
                          <th scope="col">{t.about}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {parameters.map((p) => (
                          <tr>
                            <td>
                              <code>{p.name}</code>
                            </td>
                            <td>{p.in}</td>
                            <td>{p.required ? messages[lang].caseView.yes : messages[lang].caseView.no}</td>
                            <td lang={english}>
                              {p.description ?? (p.schema as Schema | undefined)?.description ?? ""}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : null}
                  {body ? (
                    <p>
                      {t.body(Object.keys(body).join(t.or))}
                      {jsonSchema?.properties ? (
                        <>
                          {" "}
                          {t.fields}{" "}
                          {Object.keys(jsonSchema.properties).map((name, i) => (
                            <>
                              {i > 0 ? ", " : ""}
                              <code>{name}</code>
                              {jsonSchema.required?.includes(name) ? ` ${t.requiredField}` : ""}
                            </>
                          ))}
                          .
                        </>
                      ) : null}
                    </p>
                  ) : null}
                  <ul>
                    {Object.entries(op.responses ?? {}).map(([status, response]) => (
                      <li>
                        <code>{status}</code>{" "}
                        <span lang={english}>{(response as { description?: string }).description}</span>
                      </li>
                    ))}
                  </ul>
                </article>
              );
            })}
        </section>
      ))}
    </Layout>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
