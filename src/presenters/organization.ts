/**
 * Organizations and the people who work in them, as the staff API shows them: each shape made
 * from the table columns, and the function that makes it from the rows.
 */
// Gives zod's types `.openapi()`: it must run before the shapes below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import type { Backlog } from "../db/queries/backlog";
import type { Organization } from "../db/queries/organizations";
import type { criteriaVersions, referralPartners, reviewers, staff } from "../db/schema";
import { criterionSchema, organizationSettingsSchema } from "../schemas/organization";
import {
  criteriaVersionColumns,
  organizationBacklogColumns,
  organizationColumns,
  partnerColumns,
  reviewerColumns,
  staffColumns,
} from "./columns";

/** How other shapes name an organization. */
export const organizationNameShape = organizationColumns.pick({ slug: true, name: true });

const backlogColumns = organizationBacklogColumns.shape;

export const backlogShape = z
  .object({
    receivedLast12Months: backlogColumns.receivedLast12Months.openapi({
      description: "Applications received in the last 12 months.",
    }),
    waitingForFirstDecision: backlogColumns.waitingForFirstDecision.openapi({
      description: "Cases waiting now for a first decision (accept, decline or refer by a reviewer).",
    }),
    firstDecisionsLast12Months: backlogColumns.firstDecisionsLast12Months.openapi({
      description: "First decisions made in the last 12 months: what the median is of.",
    }),
    medianDaysToFirstDecision: backlogColumns.medianDaysToFirstDecision.openapi({
      description:
        "Median days from receipt to first decision over the last 12 months; null when fewer than 20 first decisions were made (not enough data yet).",
    }),
    asOf: backlogColumns.computedAt.openapi({ description: "When the figures were counted (daily)." }),
  })
  .openapi("Backlog");

export const directoryEntryShape = organizationColumns
  .pick({ slug: true, name: true, jurisdictions: true, languages: true, website: true, postalAddress: true })
  .extend({
    backlog: backlogShape
      .nullable()
      .openapi({ description: "The organization's wait, from its own data; null until first counted." }),
  })
  .openapi("DirectoryEntry");

/** Who takes cases from where, how long they take and where to write: public, so nothing about any one case. */
export function presentDirectoryEntry(o: Organization, backlog: Backlog | undefined) {
  return {
    slug: o.slug,
    name: o.name,
    jurisdictions: o.jurisdictions,
    languages: o.languages,
    website: o.website,
    postalAddress: o.postalAddress,
    backlog: backlog
      ? {
          receivedLast12Months: backlog.receivedLast12Months,
          waitingForFirstDecision: backlog.waitingForFirstDecision,
          firstDecisionsLast12Months: backlog.firstDecisionsLast12Months,
          medianDaysToFirstDecision: backlog.medianDaysToFirstDecision,
          asOf: backlog.computedAt.toISOString(),
        }
      : null,
  } satisfies z.output<typeof directoryEntryShape>;
}

/** Every column, the settings documented and bounded as staff set them. */
export const organizationShape = organizationColumns.extend(organizationSettingsSchema.shape).openapi("Organization");

export function presentOrganization(o: Organization) {
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    languages: o.languages,
    intakeEmail: o.intakeEmail,
    jurisdictions: o.jurisdictions,
    website: o.website,
    postalAddress: o.postalAddress,
    requireApplicantConfirmation: o.requireApplicantConfirmation,
    reviewDeadlineDays: o.reviewDeadlineDays,
    reminders: o.reminders,
    quorum: o.quorum,
    respondDeadlineDays: o.respondDeadlineDays,
    expertDeadlineDays: o.expertDeadlineDays,
    referralDeadlineDays: o.referralDeadlineDays,
    retentionDays: o.retentionDays,
    draftRetentionDays: o.draftRetentionDays,
    preservationDueDays: o.preservationDueDays,
    createdAt: o.createdAt.toISOString(),
  } satisfies z.output<typeof organizationShape>;
}

export const criteriaVersionShape = z
  .object({
    version: criteriaVersionColumns.shape.version,
    criteria: z.array(criterionSchema),
    createdAt: criteriaVersionColumns.shape.createdAt,
  })
  .openapi("CriteriaVersion");

export function presentCriteriaVersion(v: typeof criteriaVersions.$inferSelect) {
  return {
    version: v.version,
    criteria: v.criteria,
    createdAt: v.createdAt.toISOString(),
  } satisfies z.output<typeof criteriaVersionShape>;
}

export const reviewerShape = reviewerColumns
  .pick({ id: true, organizationId: true, name: true, email: true, language: true, active: true })
  .extend({
    load: z.int().openapi({ description: "Open review assignments: new cases go to the least loaded." }),
    createdAt: reviewerColumns.shape.createdAt,
  })
  .openapi("Reviewer");

/** A reviewer with `load`, their open review assignments. */
export function presentReviewer({ reviewer, load }: { reviewer: typeof reviewers.$inferSelect; load: number }) {
  return {
    id: reviewer.id,
    organizationId: reviewer.organizationId,
    name: reviewer.name,
    email: reviewer.email,
    language: reviewer.language,
    active: reviewer.active,
    load,
    createdAt: reviewer.createdAt.toISOString(),
  } satisfies z.output<typeof reviewerShape>;
}

export const partnerShape = partnerColumns
  .pick({ id: true, organizationId: true, name: true, email: true, language: true, active: true })
  .extend({ createdAt: partnerColumns.shape.createdAt })
  .openapi("ReferralPartner");

export function presentPartner(partner: typeof referralPartners.$inferSelect) {
  return {
    id: partner.id,
    organizationId: partner.organizationId,
    name: partner.name,
    email: partner.email,
    language: partner.language,
    active: partner.active,
    createdAt: partner.createdAt.toISOString(),
  } satisfies z.output<typeof partnerShape>;
}

export const staffMemberShape = z
  .object({
    id: staffColumns.shape.id,
    identity: staffColumns.shape.identity.openapi({
      description: "The email Cloudflare Access signs in, or an Access service token's client id.",
    }),
    name: staffColumns.shape.name,
    organization: organizationColumns.shape.slug
      .nullable()
      .openapi({ description: "Slug; null for network staff, who see every case." }),
    active: staffColumns.shape.active,
    createdAt: staffColumns.shape.createdAt,
  })
  .openapi("StaffMember");

/** A staff member with the slug of their organization (null for network staff). */
export function presentStaffMember({
  member,
  organization,
}: {
  member: typeof staff.$inferSelect;
  organization: string | null;
}) {
  return {
    id: member.id,
    identity: member.identity,
    name: member.name,
    organization,
    active: member.active,
    createdAt: member.createdAt.toISOString(),
  } satisfies z.output<typeof staffMemberShape>;
}
