CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`round` integer NOT NULL,
	`kind` text NOT NULL,
	`reviewer_id` text,
	`contact_id` text,
	`organization_id` text,
	`status` text DEFAULT 'open' NOT NULL,
	`reminders_sent` integer DEFAULT 0 NOT NULL,
	`due_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `reviewers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_case` ON `assignments` (`case_id`);--> statement-breakpoint
CREATE INDEX `assignments_reviewer_status` ON `assignments` (`reviewer_id`,`status`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`round` integer NOT NULL,
	`assignment_id` text NOT NULL,
	`reviewer_id` text NOT NULL,
	`outcome` text NOT NULL,
	`reason_codes` text NOT NULL,
	`note` text,
	`questions` text,
	`expert_email` text,
	`refer_to_organization_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `reviewers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`refer_to_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_assignment_id_unique` ON `decisions` (`assignment_id`);--> statement-breakpoint
CREATE TABLE `referral_partners` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`round` integer NOT NULL,
	`assignment_id` text NOT NULL,
	`kind` text NOT NULL,
	`body` text,
	`accepted` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_assignment_id_unique` ON `responses` (`assignment_id`);--> statement-breakpoint
CREATE TABLE `reviewers` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviewers_org` ON `reviewers` (`organization_id`);--> statement-breakpoint
CREATE TABLE `screenings` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`criteria_version_id` text,
	`results` text NOT NULL,
	`outcome` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`criteria_version_id`) REFERENCES `criteria_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `screenings_case_org` ON `screenings` (`case_id`,`organization_id`);--> statement-breakpoint
ALTER TABLE `capability_tokens` ADD `reviewer_id` text REFERENCES reviewers(id);--> statement-breakpoint
ALTER TABLE `capability_tokens` ADD `assignment_id` text REFERENCES assignments(id);--> statement-breakpoint
ALTER TABLE `notifications` ADD `reviewer_id` text REFERENCES reviewers(id);--> statement-breakpoint
ALTER TABLE `notifications` ADD `organization_id` text REFERENCES organizations(id);--> statement-breakpoint
ALTER TABLE `notifications` ADD `context` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `reminders` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `quorum` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `respond_deadline_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `expert_deadline_days` integer DEFAULT 21 NOT NULL;