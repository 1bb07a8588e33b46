CREATE TABLE "usage_monthly" (
	"provider_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"family" text NOT NULL,
	"metric_type" text NOT NULL,
	"access_method" text NOT NULL,
	"month" date NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "usage_monthly_provider_id_member_id_month_family_item_id_metric_type_access_method_pk" PRIMARY KEY("provider_id","member_id","month","family","item_id","metric_type","access_method")
);
--> statement-breakpoint
CREATE TABLE "usage_monthly_items" (
	"provider_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"family" text NOT NULL,
	"metric_type" text NOT NULL,
	"access_method" text NOT NULL,
	"month" date NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "usage_monthly_items_provider_id_month_family_item_id_metric_type_access_method_pk" PRIMARY KEY("provider_id","month","family","item_id","metric_type","access_method")
);
--> statement-breakpoint
ALTER TABLE "usage_monthly" ADD CONSTRAINT "usage_monthly_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_monthly" ADD CONSTRAINT "usage_monthly_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_monthly" ADD CONSTRAINT "usage_monthly_item_id_usage_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."usage_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_monthly_items" ADD CONSTRAINT "usage_monthly_items_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_monthly_items" ADD CONSTRAINT "usage_monthly_items_item_id_usage_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."usage_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "usage_monthly_family_idx" ON "usage_monthly" USING btree ("family","metric_type","month");--> statement-breakpoint
CREATE INDEX "usage_monthly_member_idx" ON "usage_monthly" USING btree ("member_id","family","month");--> statement-breakpoint
CREATE INDEX "usage_monthly_item_idx" ON "usage_monthly" USING btree ("item_id","family","metric_type","month");--> statement-breakpoint
CREATE INDEX "usage_monthly_items_family_idx" ON "usage_monthly_items" USING btree ("family","metric_type","month");--> statement-breakpoint
CREATE INDEX "usage_monthly_items_item_idx" ON "usage_monthly_items" USING btree ("item_id","family","metric_type","month");--> statement-breakpoint
CREATE INDEX "holdings_record_member_idx" ON "holdings" USING btree ("record_id","member_id");--> statement-breakpoint
CREATE INDEX "holdings_member_record_idx" ON "holdings" USING btree ("member_id","record_id");