CREATE TABLE `export_downloads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`export_id` text NOT NULL,
	`actor` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`export_id`) REFERENCES `export_jobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `export_downloads_export` ON `export_downloads` (`export_id`);--> statement-breakpoint
CREATE TABLE `export_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`filters` text NOT NULL,
	`requested_by` text NOT NULL,
	`staff_id` text,
	`organization_id` text,
	`status` text DEFAULT 'running' NOT NULL,
	`rows_total` integer,
	`rows_done` integer DEFAULT 0 NOT NULL,
	`bytes` integer,
	`r2_key` text NOT NULL,
	`upload_id` text,
	`progress` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `export_jobs_org_created` ON `export_jobs` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `export_jobs_status_created` ON `export_jobs` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `cases_org_created` ON `cases` (`organization_id`,`created_at`,`id`);