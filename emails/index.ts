import { render, toPlainText } from "@react-email/render";
import { createElement, type ReactNode } from "react";
import type * as z from "zod";
import Acknowledgement, { AcknowledgementProps, acknowledgementSubject } from "./acknowledgement";
import AppliedForYou, { AppliedForYouProps, appliedForYouSubject } from "./applied-for-you";
import CaseAccepted, { CaseAcceptedProps, caseAcceptedSubject } from "./case-accepted";
import CaseDeclined, { CaseDeclinedProps, caseDeclinedSubject } from "./case-declined";
import CaseReferred, { CaseReferredProps, caseReferredSubject } from "./case-referred";
import CaseRouted, { CaseRoutedProps, caseRoutedSubject } from "./case-routed";
import ExpertRequest, { ExpertRequestProps, expertRequestSubject } from "./expert-request";
import InfoRequest, { InfoRequestProps, infoRequestSubject } from "./info-request";
import ReferralRequest, { ReferralRequestProps, referralRequestSubject } from "./referral-request";
import ReviewReminder, { ReviewReminderProps, reviewReminderSubject } from "./review-reminder";
import ReviewRequest, { ReviewRequestProps, reviewRequestSubject } from "./review-request";
import StaffAlert, { StaffAlertProps, staffAlertSubject } from "./staff-alert";
import StaffMessage, { StaffMessageProps, staffMessageSubject } from "./staff-message";

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * Ties a template's schema, subject and component to one props type, and adds `render`, so that
 * `renderEmail` can call any template without a cast.
 */
function defineTemplate<P extends object, C extends (props: P) => ReactNode>(template: {
  props: z.ZodType<P>;
  subject: (props: P) => string;
  component: C;
}) {
  return {
    ...template,
    /** Checks the props again at run time (URLs, dates), since they are built from stored rows. */
    async render(unchecked: P): Promise<RenderedEmail> {
      const props = template.props.parse(unchecked);
      const html = await render(createElement(template.component, props));
      return { subject: template.subject(props), html, text: toPlainText(html) };
    },
  };
}

/** Every message the system can send, by the template name stored in `notifications.template`. */
export const templates = {
  acknowledgement: defineTemplate({
    props: AcknowledgementProps,
    subject: acknowledgementSubject,
    component: Acknowledgement,
  }),
  "review-request": defineTemplate({
    props: ReviewRequestProps,
    subject: reviewRequestSubject,
    component: ReviewRequest,
  }),
  "review-reminder": defineTemplate({
    props: ReviewReminderProps,
    subject: reviewReminderSubject,
    component: ReviewReminder,
  }),
  "staff-alert": defineTemplate({
    props: StaffAlertProps,
    subject: staffAlertSubject,
    component: StaffAlert,
  }),
  "info-request": defineTemplate({
    props: InfoRequestProps,
    subject: infoRequestSubject,
    component: InfoRequest,
  }),
  "expert-request": defineTemplate({
    props: ExpertRequestProps,
    subject: expertRequestSubject,
    component: ExpertRequest,
  }),
  "case-accepted": defineTemplate({
    props: CaseAcceptedProps,
    subject: caseAcceptedSubject,
    component: CaseAccepted,
  }),
  "referral-request": defineTemplate({
    props: ReferralRequestProps,
    subject: referralRequestSubject,
    component: ReferralRequest,
  }),
  "case-referred": defineTemplate({
    props: CaseReferredProps,
    subject: caseReferredSubject,
    component: CaseReferred,
  }),
  "case-declined": defineTemplate({
    props: CaseDeclinedProps,
    subject: caseDeclinedSubject,
    component: CaseDeclined,
  }),
  "case-routed": defineTemplate({
    props: CaseRoutedProps,
    subject: caseRoutedSubject,
    component: CaseRouted,
  }),
  "staff-message": defineTemplate({
    props: StaffMessageProps,
    subject: staffMessageSubject,
    component: StaffMessage,
  }),
  "applied-for-you": defineTemplate({
    props: AppliedForYouProps,
    subject: appliedForYouSubject,
    component: AppliedForYou,
  }),
};

export type TemplateName = keyof typeof templates;

/** Whether a stored template name is one this code can render. */
export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

/** The props a template is rendered with, from its zod schema: what a message plan is checked against. */
export type TemplateProps<T extends TemplateName> = z.output<(typeof templates)[T]["props"]>;

/** The registry seen by template name, so that a template and its props stay together in `renderEmail`. */
const renderers: { [T in TemplateName]: { render(props: TemplateProps<T>): Promise<RenderedEmail> } } = templates;

export function renderEmail<T extends TemplateName>(name: T, props: TemplateProps<T>): Promise<RenderedEmail> {
  return renderers[name].render(props);
}
