import { render } from "@react-email/render";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { personalTemplates, templates } from "../../emails";
import { languages } from "../../src/lib/i18n";

// Emails are written by emails/_components/render.ts, not by React's renderer: this holds its HTML
// to what React Email's own `render` (react-dom) writes, for every template in every language.

type Template = {
  props: { parse(props: unknown): object };
  component: ((props: never) => unknown) & { PreviewProps: Record<string, unknown> };
  render(props: object): Promise<{ html: string }>;
};
const all = Object.entries({ ...templates, ...personalTemplates }) as [string, Template][];

/** React's output less the markers it leaves for hydration, which no mail client reads. */
function withoutReactMarkers(html: string): string {
  return html.replace(/<!--(?: |\$|\/\$|html|head|body)-->/g, "");
}

async function reactHtml(template: Template, props: Record<string, unknown>): Promise<string> {
  const element = createElement(template.component as never, template.props.parse(props) as never);
  return withoutReactMarkers(await render(element));
}

describe("email HTML", () => {
  for (const [name, template] of all) {
    it(`writes ${name} as React does, in every language`, async () => {
      for (const language of languages) {
        const props = { ...template.component.PreviewProps, language };
        expect((await template.render(props)).html, language).toBe(await reactHtml(template, props));
      }
    });
  }

  it("escapes what people type as React does: names, free text and links", async () => {
    const typed = `<b onclick="x">O'Brien & "Sons"</b>`;
    for (const [, template] of all) {
      const props: Record<string, unknown> = { ...template.component.PreviewProps, language: "en" };
      for (const [key, value] of Object.entries(props))
        if (typeof value === "string" && (key.endsWith("Name") || key === "detail" || key === "message"))
          props[key] = typed;
      const { html } = await template.render(props);
      expect(html).not.toContain("<b onclick");
      expect(html).toBe(await reactHtml(template, props));
    }
  });
});
