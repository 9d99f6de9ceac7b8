/**
 * What anyone applying sees: the answer to an application, and where the case stands for the
 * holder of its status link. Each shape made from the table columns, with the function that makes it.
 */
// Gives zod's types `.openapi()`: it must run before the shapes below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import type { SubmissionResult } from "../cases/intake";
import type { CaseStatusView } from "../db/queries/status";
import type { CapabilityToken } from "../lib/tokens";
import { capabilityTokenColumns, caseColumns, organizationColumns } from "./columns";
import { organizationNameShape } from "./organization";

export const createdCaseShape = z
  .object({
    id: caseColumns.shape.id,
    reference: caseColumns.shape.reference.openapi({ example: "IN-2026-K7M3QX" }),
    status: caseColumns.shape.status,
    statusUrl: z.url().openapi({ description: "The submitter's private status link." }),
  })
  .openapi("CreatedCase");

/** The new (or, for a repeated Idempotency-Key, earlier) case, with its status link under `origin`. */
export function presentCreatedCase(result: SubmissionResult, origin: string) {
  return {
    id: result.id,
    reference: result.reference,
    status: result.status,
    statusUrl: new URL(`/status/${result.statusToken}`, origin).toString(),
  } satisfies z.output<typeof createdCaseShape>;
}

export const caseStatusShape = z
  .object({
    reference: caseColumns.shape.reference,
    status: caseColumns.shape.status,
    role: capabilityTokenColumns.shape.role.openapi({
      description: "Who the link belongs to; it decides what is shown.",
    }),
    organization: organizationNameShape,
    submittedAt: caseColumns.shape.createdAt,
    updatedAt: caseColumns.shape.updatedAt,
    reasonCodes: z.array(z.string()).optional().openapi({ description: "After a decline: the reasons given." }),
    referredTo: z
      .string()
      .optional()
      .openapi({ description: "Once referred: the lawyer or member organization that took the case." }),
    informationRequested: z
      .object({
        fromYou: z.boolean().openapi({ description: "Whether the questions went to this link's holder." }),
        dueBy: z.string().nullable(),
      })
      .optional()
      .openapi({ description: "While the case waits for answers to a reviewer's questions." }),
    directory: z
      .array(organizationColumns.pick({ name: true, jurisdictions: true, website: true }))
      .optional()
      .openapi({ description: "After a decline: other organizations that might help." }),
  })
  .openapi("CaseStatus");

/** The reasons and the directory go with a decline only, who took the case with a referral only. */
export function presentCaseStatus(status: CaseStatusView, token: CapabilityToken) {
  return {
    reference: status.reference,
    status: status.status,
    role: token.role,
    organization: { slug: status.organizationSlug, name: status.organizationName },
    submittedAt: status.createdAt.toISOString(),
    updatedAt: status.updatedAt.toISOString(),
    ...(status.status === "declined" ? { reasonCodes: status.reasonCodes, directory: status.directory } : {}),
    ...(status.referredTo ? { referredTo: status.referredTo } : {}),
    ...(status.request?.kind === "respond"
      ? {
          informationRequested: {
            fromYou: status.request.fromYou,
            dueBy: status.request.dueAt?.toISOString() ?? null,
          },
        }
      : {}),
  } satisfies z.output<typeof caseStatusShape>;
}
