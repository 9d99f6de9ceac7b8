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
CREATE INDEX `decisions_case` ON `decisions` (`case_id`);