import type { OpenAPIHono } from "@hono/zod-openapi";
import { Layout } from "./layout";

type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
type Schema = { $ref?: string; properties?: Record<string, unknown>; required?: string[]; description?: string };

const METHODS = ["get", "post", "patch", "put", "delete"] as const;

/** The API reference, rendered on the server from the OpenAPI document: readable with JavaScript off. */
export function ApiDocsPage({ doc }: { doc: OpenApiDocument }) {
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
    <Layout lang="en" title="API reference">
      <h1>{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p>
        Base URL: <code>{doc.servers?.[0]?.url}</code>. The machine-readable document (OpenAPI 3.1) is at{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Staff endpoints need a Cloudflare Access token (
        <code>Cf-Access-Jwt-Assertion</code>, set by Access) or <code>Authorization: Bearer</code> with the staff API
        token.
      </p>
      <nav aria-label="Sections">
        <ul>
          {tags.map((tag) => (
            <li>
              <a href={`#${slug(tag)}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section id={slug(tag)}>
          <h2>{tag}</h2>
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
                    {op.summary}
                    {op.security?.length ? <strong> Staff only.</strong> : null}
                  </p>
                  {op.description ? <p>{op.description}</p> : null}
                  {parameters.length ? (
                    <table>
                      <caption>Parameters</caption>
                      <thead>
                        <tr>
                          <th scope="col">Name</th>
                          <th scope="col">In</th>
                          <th scope="col">Required</th>
                          <th scope="col">About</th>
                        </tr>
                      </thead>
                      <tbody>
                        {parameters.map((p) => (
                          <tr>
                            <td>
                              <code>{p.name}</code>
                            </td>
                            <td>{p.in}</td>
                            <td>{p.required ? "yes" : "no"}</td>
                            <td>{p.description ?? (p.schema as Schema | undefined)?.description ?? ""}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : null}
                  {body ? (
                    <p>
                      Body: {Object.keys(body).join(" or ")}.
                      {jsonSchema?.properties ? (
                        <>
                          {" "}
                          Fields:{" "}
                          {Object.keys(jsonSchema.properties).map((name, i) => (
                            <>
                              {i > 0 ? ", " : ""}
                              <code>{name}</code>
                              {jsonSchema.required?.includes(name) ? " (required)" : ""}
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
                        <code>{status}</code> {(response as { description?: string }).description}
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
