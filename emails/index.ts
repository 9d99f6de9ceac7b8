import { createElement, type ReactNode } from "react";
import type * as z from "zod";
import { plainText, renderHtml } from "./_components/render";
import Acknowledgement, { AcknowledgementProps, acknowledgementSubject } from "./acknowledgement";
import AppliedForYou, { AppliedForYouProps, appliedForYouSubject } from "./applied-for-you";
import CaseAccepted, { CaseAcceptedProps, caseAcceptedSubject } from "./case-accepted";
import CaseDeclined, { CaseDeclinedProps, caseDeclinedSubject } from "./case-declined";
import CaseReferred, { CaseReferredProps, caseReferredSubject } from "./case-referred";
import CaseRouted, { CaseRoutedProps, caseRoutedSubject } from "./case-routed";
import DraftSaved, { DraftSavedProps, draftSavedSubject } from "./draft-saved";
import ExpertRequest, { ExpertRequestProps, expertRequestSubject } from "./expert-request";
import InfoRequest, { InfoRequestProps, infoRequestSubject } from "./info-request";
import OwnPageLink, { OwnPageLinkProps, ownPageLinkSubject } from "./own-page-link";
import PreservationRequest, { PreservationRequestProps, preservationRequestSubject } from "./preservation-request";
import ReferralRequest, { ReferralRequestProps, referralRequestSubject } from "./referral-request";
import ReviewReleased, { ReviewReleasedProps, reviewReleasedSubject } from "./review-released";
import ReviewReminder, { ReviewReminderProps, reviewReminderSubject } from "./review-reminder";
import ReviewRequest, { ReviewRequestProps, reviewRequestSubject } from "./review-request";
import StaffAlert, { StaffAlertProps, staffAlertSubject } from "./staff-alert";
import StaffMessage, { StaffMessageProps, staffMessageSubject } from "./staff-message";

/** A rendered message: its subject, its HTML and plain-text parts, and its text as a printed letter says it. */
export type RenderedEmail = { subject: string; html: string; text: string; letterText: string };

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
      const email = createElement(template.component, props);
      return {
        subject: template.subject(props),
        html: renderHtml(email),
        text: plainText(email),
        letterText: plainText(email, "letter").trim(),
      };
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
  "review-released": defineTemplate({
    props: ReviewReleasedProps,
    subject: reviewReleasedSubject,
    component: ReviewReleased,
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
  /** A letter only: printed at /staff/letters for the custodian of a case's evidence. */
  "preservation-request": defineTemplate({
    props: PreservationRequestProps,
    subject: preservationRequestSubject,
    component: PreservationRequest,
  }),
  "applied-for-you": defineTemplate({
    props: AppliedForYouProps,
    subject: appliedForYouSubject,
    component: AppliedForYou,
  }),
};

export type TemplateName = keyof typeof templates;

/**
 * Messages about no case, sent to a person directly (not planned in `notifications`): a form's
 * resume link (src/cases/resume.ts) and a link to someone's own page (src/lib/own-page-links.ts).
 */
export const personalTemplates = {
  "draft-saved": defineTemplate({
    props: DraftSavedProps,
    subject: draftSavedSubject,
    component: DraftSaved,
  }),
  "own-page-link": defineTemplate({
    props: OwnPageLinkProps,
    subject: ownPageLinkSubject,
    component: OwnPageLink,
  }),
};

export type PersonalTemplateName = keyof typeof personalTemplates;
export type PersonalTemplateProps<T extends PersonalTemplateName> = z.output<(typeof personalTemplates)[T]["props"]>;

const personalRenderers: {
  [T in PersonalTemplateName]: { render(props: PersonalTemplateProps<T>): Promise<RenderedEmail> };
} = personalTemplates;

export function renderPersonalEmail<T extends PersonalTemplateName>(
  name: T,
  props: PersonalTemplateProps<T>,
): Promise<RenderedEmail> {
  return personalRenderers[name].render(props);
}

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
