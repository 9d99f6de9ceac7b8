CREATE TABLE `upload_journal` (
	`r2_key` text PRIMARY KEY NOT NULL,
	`upload_id` text NOT NULL,
	`started_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `upload_journal_started` ON `upload_journal` (`started_at`);