DROP INDEX `assignments_case`;--> statement-breakpoint
CREATE INDEX `assignments_contact` ON `assignments` (`contact_id`);--> statement-breakpoint
CREATE INDEX `assignments_organization` ON `assignments` (`organization_id`);--> statement-breakpoint
CREATE INDEX `assignments_open_due` ON `assignments` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `assignments_case` ON `assignments` (`case_id`,`status`);--> statement-breakpoint
DROP INDEX `cases_org_status`;--> statement-breakpoint
CREATE INDEX `cases_org_status` ON `cases` (`organization_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `capability_tokens_contact` ON `capability_tokens` (`contact_id`);--> statement-breakpoint
CREATE INDEX `capability_tokens_reviewer` ON `capability_tokens` (`reviewer_id`);--> statement-breakpoint
CREATE INDEX `capability_tokens_assignment` ON `capability_tokens` (`assignment_id`);--> statement-breakpoint
CREATE INDEX `decisions_case` ON `decisions` (`case_id`,`round`);--> statement-breakpoint
CREATE INDEX `decisions_reviewer` ON `decisions` (`reviewer_id`);--> statement-breakpoint
CREATE INDEX `decisions_refer_to` ON `decisions` (`refer_to_organization_id`);--> statement-breakpoint
CREATE INDEX `dev_mailbox_notification` ON `dev_mailbox` (`notification_id`);--> statement-breakpoint
CREATE INDEX `notifications_contact` ON `notifications` (`contact_id`);--> statement-breakpoint
CREATE INDEX `notifications_reviewer` ON `notifications` (`reviewer_id`);--> statement-breakpoint
CREATE INDEX `notifications_organization` ON `notifications` (`organization_id`);--> statement-breakpoint
CREATE INDEX `notifications_channel_status` ON `notifications` (`channel`,`status`);--> statement-breakpoint
CREATE INDEX `referral_partners_org` ON `referral_partners` (`organization_id`);--> statement-breakpoint
CREATE INDEX `responses_case` ON `responses` (`case_id`);--> statement-breakpoint
CREATE INDEX `staff_org` ON `staff` (`organization_id`);