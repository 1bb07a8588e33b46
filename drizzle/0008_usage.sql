CREATE TABLE "counter_report_months" (
	"provider_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"report_id" text NOT NULL,
	"month" date NOT NULL,
	"counter_report_id" integer NOT NULL,
	"metric_types" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "counter_report_months_provider_id_member_id_report_id_month_pk" PRIMARY KEY("provider_id","member_id","report_id","month")
);
--> statement-breakpoint
CREATE TABLE "counter_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "counter_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"provider_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"report_id" text NOT NULL,
	"release" text NOT NULL,
	"begin_month" date NOT NULL,
	"end_month" date NOT NULL,
	"customer_id" text,
	"header" jsonb NOT NULL,
	"exceptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"facts_stored" integer DEFAULT 0 NOT NULL,
	"format" text NOT NULL,
	"file_name" text,
	"raw" text NOT NULL,
	"via" text NOT NULL,
	"actor" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_accounts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "usage_accounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"provider_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"customer_id" text NOT NULL,
	"requestor_id_sealed" text,
	"api_key_sealed" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_facts" (
	"provider_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"counter_report_id" integer NOT NULL,
	"report_id" text NOT NULL,
	"family" text NOT NULL,
	"counted" boolean DEFAULT true NOT NULL,
	"month" date NOT NULL,
	"item_id" integer NOT NULL,
	"metric_type" text NOT NULL,
	"data_type" text,
	"access_type" text,
	"access_method" text,
	"yop" text,
	"count" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "usage_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"provider_id" integer NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"platform" text,
	"database" text,
	"title" text,
	"item" text,
	"publisher" text,
	"doi" text,
	"proprietary_id" text,
	"isbn" text,
	"print_issn" text,
	"online_issn" text,
	"uri" text,
	"resource_id" integer,
	"resource_title_id" integer,
	"matched_by" text
);
--> statement-breakpoint
CREATE TABLE "usage_providers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "usage_providers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"platform" text,
	"resource_id" integer,
	"sushi_url" text,
	"release" text DEFAULT '5.1' NOT NULL,
	"harvest_reports" text[] DEFAULT ARRAY['PR','DR','TR']::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_providers_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "agreement_periods" ADD COLUMN "usage_metric" text;--> statement-breakpoint
ALTER TABLE "agreement_periods" ADD COLUMN "usage_window" text;--> statement-breakpoint
ALTER TABLE "entitlements" ADD COLUMN "list_price" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "counter_report_months" ADD CONSTRAINT "counter_report_months_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_report_months" ADD CONSTRAINT "counter_report_months_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_report_months" ADD CONSTRAINT "counter_report_months_counter_report_id_counter_reports_id_fk" FOREIGN KEY ("counter_report_id") REFERENCES "public"."counter_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_reports" ADD CONSTRAINT "counter_reports_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_reports" ADD CONSTRAINT "counter_reports_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_accounts" ADD CONSTRAINT "usage_accounts_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_accounts" ADD CONSTRAINT "usage_accounts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_facts" ADD CONSTRAINT "usage_facts_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_facts" ADD CONSTRAINT "usage_facts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_facts" ADD CONSTRAINT "usage_facts_counter_report_id_counter_reports_id_fk" FOREIGN KEY ("counter_report_id") REFERENCES "public"."counter_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_facts" ADD CONSTRAINT "usage_facts_item_id_usage_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."usage_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_items" ADD CONSTRAINT "usage_items_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_items" ADD CONSTRAINT "usage_items_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_items" ADD CONSTRAINT "usage_items_resource_title_id_resource_titles_id_fk" FOREIGN KEY ("resource_title_id") REFERENCES "public"."resource_titles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_providers" ADD CONSTRAINT "usage_providers_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counter_report_months_report_idx" ON "counter_report_months" USING btree ("counter_report_id");--> statement-breakpoint
CREATE INDEX "counter_reports_member_idx" ON "counter_reports" USING btree ("member_id","report_id","begin_month");--> statement-breakpoint
CREATE INDEX "counter_reports_provider_idx" ON "counter_reports" USING btree ("provider_id","report_id","begin_month");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_accounts_customer_idx" ON "usage_accounts" USING btree ("provider_id","customer_id");--> statement-breakpoint
CREATE INDEX "usage_accounts_member_idx" ON "usage_accounts" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "usage_facts_slot_idx" ON "usage_facts" USING btree ("provider_id","member_id","report_id","month");--> statement-breakpoint
CREATE INDEX "usage_facts_member_month_idx" ON "usage_facts" USING btree ("member_id","month");--> statement-breakpoint
CREATE INDEX "usage_facts_item_idx" ON "usage_facts" USING btree ("item_id","month");--> statement-breakpoint
CREATE INDEX "usage_facts_report_idx" ON "usage_facts" USING btree ("counter_report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_items_key_idx" ON "usage_items" USING btree ("provider_id","key");--> statement-breakpoint
CREATE INDEX "usage_items_resource_idx" ON "usage_items" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "usage_items_title_idx" ON "usage_items" USING btree ("resource_title_id");