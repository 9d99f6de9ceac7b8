CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`key_hash` text NOT NULL,
	`role` text NOT NULL,
	`language` text NOT NULL,
	`position` text NOT NULL,
	`organization_id` text,
	`sealed` text NOT NULL,
	`key_id` text NOT NULL,
	`wrapped_key` text NOT NULL,
	`resume_code_hash` text NOT NULL,
	`resume_link_hash` text,
	`resume_mail` text,
	`resume_mail_at` integer,
	`resume_mail_message_id` text,
	`saved_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_key_hash_unique` ON `drafts` (`key_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_resume_code_hash_unique` ON `drafts` (`resume_code_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_resume_link_hash_unique` ON `drafts` (`resume_link_hash`);--> statement-breakpoint
CREATE INDEX `drafts_saved` ON `drafts` (`saved_at`);--> statement-breakpoint
CREATE TABLE `organization_backlog` (
	`organization_id` text PRIMARY KEY NOT NULL,
	`received_last_12_months` integer NOT NULL,
	`waiting_for_first_decision` integer NOT NULL,
	`first_decisions_last_12_months` integer NOT NULL,
	`median_days_to_first_decision` integer,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `organizations` ADD `draft_retention_days` integer DEFAULT 30 NOT NULL;