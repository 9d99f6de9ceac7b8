CREATE TABLE `own_page_links` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`role` text NOT NULL,
	`reviewer_id` text,
	`email` text,
	`requested` integer DEFAULT false NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`reviewer_id`) REFERENCES `reviewers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `own_page_links_token_hash_unique` ON `own_page_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `own_page_links_reviewer` ON `own_page_links` (`reviewer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `own_page_links_email` ON `own_page_links` (`email`,`created_at`);--> statement-breakpoint
DROP INDEX `decisions_reviewer`;--> statement-breakpoint
ALTER TABLE `decisions` ADD `expert_attachment_ids` text;--> statement-breakpoint
CREATE INDEX `decisions_reviewer` ON `decisions` (`reviewer_id`,`created_at`);