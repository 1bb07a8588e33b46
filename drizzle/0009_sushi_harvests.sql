CREATE TABLE "usage_harvests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "usage_harvests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"provider_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"report_id" text NOT NULL,
	"month" date NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by" text,
	"lease_until" timestamp with time zone,
	"last_exception_codes" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"last_exceptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_message" text,
	"last_http_status" integer,
	"counter_report_id" integer,
	"facts_stored" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_attempt_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "usage_harvests" ADD CONSTRAINT "usage_harvests_provider_id_usage_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."usage_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_harvests" ADD CONSTRAINT "usage_harvests_account_id_usage_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."usage_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_harvests" ADD CONSTRAINT "usage_harvests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_harvests" ADD CONSTRAINT "usage_harvests_counter_report_id_counter_reports_id_fk" FOREIGN KEY ("counter_report_id") REFERENCES "public"."counter_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "usage_harvests_slot_idx" ON "usage_harvests" USING btree ("account_id","report_id","month");--> statement-breakpoint
CREATE INDEX "usage_harvests_due_idx" ON "usage_harvests" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "usage_harvests_provider_idx" ON "usage_harvests" USING btree ("provider_id","month");--> statement-breakpoint
CREATE INDEX "usage_harvests_member_idx" ON "usage_harvests" USING btree ("member_id","month");