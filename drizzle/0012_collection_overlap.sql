CREATE TABLE "collection_overlap_changes" (
	"txid" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collection_overlap_members" (
	"member_id" integer PRIMARY KEY NOT NULL,
	"records" integer NOT NULL,
	"unique_records" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collection_overlap_pairs" (
	"member_id" integer NOT NULL,
	"other_id" integer NOT NULL,
	"shared" integer NOT NULL,
	CONSTRAINT "collection_overlap_pairs_member_id_other_id_pk" PRIMARY KEY("member_id","other_id")
);
--> statement-breakpoint
CREATE TABLE "collection_overlap_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"refresh_ms" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "usage_monthly_item_idx";--> statement-breakpoint
ALTER TABLE "collection_overlap_members" ADD CONSTRAINT "collection_overlap_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_overlap_pairs" ADD CONSTRAINT "collection_overlap_pairs_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_overlap_pairs" ADD CONSTRAINT "collection_overlap_pairs_other_id_members_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_overlap_pairs_other_idx" ON "collection_overlap_pairs" USING btree ("other_id");--> statement-breakpoint
CREATE INDEX "usage_monthly_item_idx" ON "usage_monthly" USING btree ("item_id","family","metric_type","month","access_method","member_id","provider_id","count");--> statement-breakpoint
-- Written by hand (drizzle-kit does not model triggers): every statement that adds, removes or moves
-- holdings (INSERT, DELETE, TRUNCATE, UPDATE of member_id or record_id) notes its transaction once in
-- collection_overlap_changes, which makes the collection-overlap summary stale. One tiny insert per
-- statement, not per row, so holdings imports (2,000 rows a statement) keep their speed.
CREATE FUNCTION "collection_overlap_mark_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO collection_overlap_changes (txid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT (txid) DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "holdings_collection_overlap_stale" AFTER INSERT OR DELETE OR UPDATE OF member_id, record_id ON "holdings"
  FOR EACH STATEMENT EXECUTE FUNCTION "collection_overlap_mark_stale"();--> statement-breakpoint
CREATE TRIGGER "holdings_collection_overlap_stale_truncate" AFTER TRUNCATE ON "holdings"
  FOR EACH STATEMENT EXECUTE FUNCTION "collection_overlap_mark_stale"();
