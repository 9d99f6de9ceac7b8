import type { Database } from "../../db/client";
import type { ContactRole, cases, Language, notifications, organizations } from "../../db/schema";

/** What composing a message starts from, shared by the composer and the links it puts in messages. */

export type Notification = typeof notifications.$inferSelect;
export type Case = typeof cases.$inferSelect;
export type Organization = typeof organizations.$inferSelect;

export type Recipient = {
  name: string;
  email: string | null;
  postalAddress: string | null;
  language: Language;
  contactId: string | null;
  reviewerId: string | null;
  role: ContactRole | "reviewer" | "organization";
  isSubmitter: boolean;
};

/** A planned message that cannot be composed: its stored context or its props do not fit its template. */
export class UncomposableMessage extends Error {
  override name = "UncomposableMessage";
}

export type Build = {
  env: Env;
  db: Database;
  notification: Notification;
  kase: Case;
  organization: Organization;
  recipient: Recipient;
  /** Set when the message is a letter to print. */
  letter: LetterDelivery | null;
};

/** How a message printed as a letter goes: to someone in prison it carries no link. */
export type LetterDelivery = { custody: boolean };

/** Whether the message may carry links: not a letter to someone in prison, who cannot open them. */
export const mayLink = (build: Build) => !build.letter?.custody;

export const link = (env: Env, path: string, token: string) =>
  new URL(`/${path}/${token}`, env.PUBLIC_ORIGIN).toString();
