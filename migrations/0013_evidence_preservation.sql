ALTER TABLE `correspondence` ADD `task_id` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `preservation_due_days` integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `kind` text DEFAULT 'general' NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `last_reminded_on` text;--> statement-breakpoint
CREATE INDEX `tasks_kind_open` ON `tasks` (`kind`,`done_at`,`due_on`);