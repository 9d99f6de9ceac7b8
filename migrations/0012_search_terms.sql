CREATE TABLE `search_terms` (
	`case_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`term_hash` text NOT NULL,
	PRIMARY KEY(`case_id`, `term_hash`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `search_terms_lookup` ON `search_terms` (`term_hash`,`organization_id`,`case_id`);--> statement-breakpoint
ALTER TABLE `cases` ADD `search_terms_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_search_terms_version` ON `cases` (`search_terms_version`);