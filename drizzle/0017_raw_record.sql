-- The contributed record is stored as compact JSON (src/importers/marc/marc-compact.ts) in raw_record, a third of
-- the size of its MARCXML; rows loaded before keep their MARCXML in raw_marcxml. Every row has one or the other.
ALTER TABLE "record_sources" ALTER COLUMN "raw_marcxml" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "record_sources" ADD COLUMN "raw_record" text;--> statement-breakpoint
ALTER TABLE "record_sources" ADD CONSTRAINT "record_sources_raw_check" CHECK ("record_sources"."raw_record" IS NOT NULL OR "record_sources"."raw_marcxml" IS NOT NULL);