import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import Acknowledgement, { AcknowledgementProps, acknowledgementSubject } from "./acknowledgement";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Every message the system can send, by the template name stored in `notifications.template`. */
export const templates = {
  acknowledgement: {
    props: AcknowledgementProps,
    subject: acknowledgementSubject,
    component: Acknowledgement,
  },
};

export type TemplateName = keyof typeof templates;

export async function renderEmail(name: TemplateName, rawProps: unknown): Promise<RenderedEmail> {
  const template = templates[name];
  const props = template.props.parse(rawProps);
  const html = await render(createElement(template.component, props));
  return { subject: template.subject(props), html, text: toPlainText(html) };
}
