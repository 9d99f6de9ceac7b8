ALTER TABLE `cases` ADD `workflow_state` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `workflow_restarts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_workflow_state` ON `cases` (`workflow_state`,`updated_at`);