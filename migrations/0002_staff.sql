CREATE TABLE `organization_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` text NOT NULL,
	`type` text NOT NULL,
	`actor` text NOT NULL,
	`data` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organization_events_org` ON `organization_events` (`organization_id`);--> statement-breakpoint
CREATE TABLE `person_keys` (
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`key_hash` text NOT NULL,
	PRIMARY KEY(`case_id`, `kind`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_keys_hash` ON `person_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`identity` text NOT NULL,
	`name` text NOT NULL,
	`organization_id` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_identity_unique` ON `staff` (`identity`);--> statement-breakpoint
ALTER TABLE `notifications` ADD `channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_created` ON `cases` (`created_at`,`id`);