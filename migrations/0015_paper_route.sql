ALTER TABLE `organizations` ADD `postal_address` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `require_applicant_confirmation` integer DEFAULT false NOT NULL;