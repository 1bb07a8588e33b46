ALTER TABLE "resource_titles" ADD COLUMN "title_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "resource_titles_browse_idx" ON "resource_titles" USING btree ("resource_id","title_key","id");--> statement-breakpoint
CREATE INDEX "resource_titles_title_trgm_idx" ON "resource_titles" USING gin ("title_key" gin_trgm_ops);