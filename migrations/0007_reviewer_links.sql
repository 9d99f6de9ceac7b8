CREATE TABLE `reviewer_links` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`reviewer_id` text NOT NULL,
	`requested` integer DEFAULT false NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`reviewer_id`) REFERENCES `reviewers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviewer_links_token_hash_unique` ON `reviewer_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `reviewer_links_reviewer` ON `reviewer_links` (`reviewer_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `expert_attachment_ids` text;--> statement-breakpoint
CREATE INDEX `decisions_reviewer` ON `decisions` (`reviewer_id`,`created_at`);