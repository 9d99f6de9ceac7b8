import { eq } from "drizzle-orm";
import { isTemplateName, type RenderedEmail, renderEmail, type TemplateName } from "../../../emails";
import type { Database } from "../../db/client";
import { cases, contacts, organizations, reviewers } from "../../db/schema";
import { applicantInCustody } from "../../schemas/application";
import {
  type Build,
  type Case,
  type LetterDelivery,
  type Notification,
  type Organization,
  type Recipient,
  UncomposableMessage,
} from "./build";
import { type MessageContext, messageContexts } from "./plan";
import { templateProps } from "./template-props";

export { type LetterDelivery, type Recipient, UncomposableMessage };

export type ComposedMessage = {
  recipient: Recipient;
  message: RenderedEmail;
  kase: Case;
  organization: Organization;
  /** Set when the message is a letter to print. */
  letter: LetterDelivery | null;
};

/** A planned message rendered for its recipient, with fresh links: an email to send or a letter to print. */
export async function composeMessage(env: Env, db: Database, notification: Notification): Promise<ComposedMessage> {
  const { template } = notification;
  if (!isTemplateName(template)) throw new UncomposableMessage(`notification ${notification.id}: unknown template`);
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, notification.caseId) });
  const organization =
    kase && (await db.query.organizations.findFirst({ where: eq(organizations.id, kase.organizationId) }));
  if (!kase || !organization) throw new Error(`notification ${notification.id} has no case`);
  const recipient = await resolveRecipient(db, notification);
  const letter =
    notification.channel === "post"
      ? { custody: recipient.role === "applicant" && applicantInCustody(kase.application) }
      : null;
  const message = await render(template, { env, db, notification, kase, organization, recipient, letter });
  return { recipient, message, kase, organization, letter };
}

async function render<T extends TemplateName>(template: T, build: Build): Promise<RenderedEmail> {
  const context = contextSchemas[template].safeParse(build.notification.context);
  if (!context.success) throw new UncomposableMessage(`notification ${build.notification.id}: context does not fit`);
  const props = await templateProps[template](build, context.data);
  try {
    return await renderEmail(template, props);
  } catch (error) {
    // Zod names the props that failed, never their values.
    throw new UncomposableMessage(`notification ${build.notification.id}: props do not fit (${String(error)})`);
  }
}

async function resolveRecipient(db: Database, notification: Notification): Promise<Recipient> {
  if (notification.contactId) {
    const contact = await db.query.contacts.findFirst({ where: eq(contacts.id, notification.contactId) });
    if (!contact) throw new Error(`notification ${notification.id}: contact not found`);
    return { ...contact, contactId: contact.id, reviewerId: null };
  }
  if (notification.reviewerId) {
    const reviewer = await db.query.reviewers.findFirst({ where: eq(reviewers.id, notification.reviewerId) });
    if (!reviewer) throw new Error(`notification ${notification.id}: reviewer not found`);
    return {
      ...reviewer,
      postalAddress: null,
      contactId: null,
      reviewerId: reviewer.id,
      role: "reviewer",
      isSubmitter: false,
    };
  }
  const organization = notification.organizationId
    ? await db.query.organizations.findFirst({ where: eq(organizations.id, notification.organizationId) })
    : undefined;
  if (!organization) throw new Error(`notification ${notification.id} has no recipient`);
  return {
    email: organization.intakeEmail,
    postalAddress: null,
    name: organization.name,
    language: organization.languages[0] ?? "en",
    contactId: null,
    reviewerId: null,
    role: "organization",
    isSubmitter: false,
  };
}

/** Each template's context schema, typed so that `render` keeps the template and its context together. */
const contextSchemas: { [T in TemplateName]: { safeParse: (value: unknown) => ParseResult<MessageContext<T>> } } =
  messageContexts;
type ParseResult<V> = { success: true; data: V } | { success: false };
