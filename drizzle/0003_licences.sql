CREATE TABLE "resource_titles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "resource_titles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resource_id" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"print_id" text,
	"online_id" text,
	"coverage_start" date,
	"coverage_end" date,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "resources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"vendor" text,
	"platform" text,
	"content_type" text NOT NULL,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"cancellation_deadline" date,
	"total_amount" numeric(20, 4) NOT NULL,
	"currency" text NOT NULL,
	"cost_share_method" text DEFAULT 'EQUAL' NOT NULL,
	"tiers" jsonb
);
--> statement-breakpoint
CREATE TABLE "agreement_resources" (
	"agreement_id" integer NOT NULL,
	"resource_id" integer NOT NULL,
	CONSTRAINT "agreement_resources_agreement_id_resource_id_pk" PRIMARY KEY("agreement_id","resource_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"vendor" text,
	"status" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licence_terms" (
	"agreement_id" integer NOT NULL,
	"term" text NOT NULL,
	"value" text NOT NULL,
	"note" text,
	CONSTRAINT "licence_terms_agreement_id_term_pk" PRIMARY KEY("agreement_id","term")
);
--> statement-breakpoint
CREATE TABLE "entitlements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "entitlements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"access_methods" jsonb NOT NULL,
	"fixed_amount" numeric(20, 4),
	"usage" integer,
	"share_amount" numeric(20, 4),
	"payment_status" text DEFAULT 'DUE' NOT NULL,
	"invoice_reference" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_ip_ranges" (
	"member_id" integer NOT NULL,
	"cidr" text NOT NULL,
	"range" "inet" NOT NULL,
	CONSTRAINT "member_ip_ranges_member_id_cidr_pk" PRIMARY KEY("member_id","cidr")
);
--> statement-breakpoint
ALTER TABLE "resource_titles" ADD CONSTRAINT "resource_titles_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_periods" ADD CONSTRAINT "agreement_periods_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_resources" ADD CONSTRAINT "agreement_resources_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_resources" ADD CONSTRAINT "agreement_resources_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_terms" ADD CONSTRAINT "licence_terms_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_period_id_agreement_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."agreement_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_ip_ranges" ADD CONSTRAINT "member_ip_ranges_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "resource_titles_key_idx" ON "resource_titles" USING btree ("resource_id","key");--> statement-breakpoint
CREATE INDEX "resource_titles_print_idx" ON "resource_titles" USING btree ("print_id");--> statement-breakpoint
CREATE INDEX "resource_titles_online_idx" ON "resource_titles" USING btree ("online_id");--> statement-breakpoint
CREATE INDEX "resources_name_idx" ON "resources" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "agreement_periods_agreement_idx" ON "agreement_periods" USING btree ("agreement_id","start_date");--> statement-breakpoint
CREATE INDEX "agreement_periods_deadline_idx" ON "agreement_periods" USING btree ("cancellation_deadline");--> statement-breakpoint
CREATE INDEX "agreement_resources_resource_idx" ON "agreement_resources" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "agreements_name_idx" ON "agreements" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "agreements_status_idx" ON "agreements" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "entitlements_period_member_idx" ON "entitlements" USING btree ("period_id","member_id");--> statement-breakpoint
CREATE INDEX "entitlements_member_idx" ON "entitlements" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_ip_ranges_range_idx" ON "member_ip_ranges" USING gist ("range" inet_ops);