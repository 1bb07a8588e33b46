DROP INDEX "records_title_trgm_idx";--> statement-breakpoint
DROP INDEX "records_author_trgm_idx";--> statement-breakpoint
DROP INDEX "records_publisher_trgm_idx";