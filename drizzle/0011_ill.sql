CREATE TABLE "ill_charges" (
	"request_id" integer PRIMARY KEY NOT NULL,
	"payer_member_id" integer NOT NULL,
	"payee_member_id" integer NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"currency" text NOT NULL,
	"charged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ill_closures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ill_closures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "ill_closures_range_check" CHECK ("ill_closures"."ends_on" >= "ill_closures"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "ill_fee_tiers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ill_fee_tiers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_id" integer,
	"service_type" text NOT NULL,
	"service_level" text NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ill_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ill_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"side" text NOT NULL,
	"actor" text NOT NULL,
	"actor_member_id" integer,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ill_lending_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ill_lending_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_id" integer,
	"loan_period_days" integer,
	"renewals" integer,
	"lendable_formats" text[],
	"excluded_locations" text[],
	"supplies_copies" boolean,
	"supplies_loans" boolean,
	"daily_capacity" integer,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ill_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ill_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"requester_member_id" integer NOT NULL,
	"supplier_member_id" integer,
	"service_type" text NOT NULL,
	"service_level" text DEFAULT 'NORMAL' NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"record_id" integer,
	"title" text NOT NULL,
	"author" text,
	"isbn" text,
	"issn" text,
	"article_title" text,
	"volume" text,
	"issue" text,
	"pages" text,
	"needed_by" date,
	"pickup_location" text,
	"max_cost" numeric(20, 4),
	"currency" text DEFAULT 'CNY' NOT NULL,
	"patron_reference" text,
	"patron_reference_removed_at" timestamp with time zone,
	"copyright_declaration" boolean DEFAULT false NOT NULL,
	"rota_position" integer,
	"due_date" date,
	"copy_url" text,
	"copy_expires_at" timestamp with time zone,
	"cost" numeric(20, 4),
	"unfilled_reason" text,
	"origin" text DEFAULT 'API' NOT NULL,
	"peer_request_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "ill_requests_service_type_check" CHECK ("ill_requests"."service_type" IN ('LOAN', 'COPY')),
	CONSTRAINT "ill_requests_service_level_check" CHECK ("ill_requests"."service_level" IN ('NORMAL', 'RUSH'))
);
--> statement-breakpoint
CREATE TABLE "ill_rota" (
	"request_id" integer NOT NULL,
	"position" integer NOT NULL,
	"member_id" integer NOT NULL,
	"holding_id" integer,
	"score" double precision NOT NULL,
	"reason" text NOT NULL,
	"outcome" text DEFAULT 'PENDING' NOT NULL,
	"outcome_note" text
);
--> statement-breakpoint
ALTER TABLE "ill_charges" ADD CONSTRAINT "ill_charges_request_id_ill_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."ill_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_charges" ADD CONSTRAINT "ill_charges_payer_member_id_members_id_fk" FOREIGN KEY ("payer_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_charges" ADD CONSTRAINT "ill_charges_payee_member_id_members_id_fk" FOREIGN KEY ("payee_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_closures" ADD CONSTRAINT "ill_closures_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_fee_tiers" ADD CONSTRAINT "ill_fee_tiers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_history" ADD CONSTRAINT "ill_history_request_id_ill_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."ill_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_history" ADD CONSTRAINT "ill_history_actor_member_id_members_id_fk" FOREIGN KEY ("actor_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_lending_rules" ADD CONSTRAINT "ill_lending_rules_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_requests" ADD CONSTRAINT "ill_requests_requester_member_id_members_id_fk" FOREIGN KEY ("requester_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_requests" ADD CONSTRAINT "ill_requests_supplier_member_id_members_id_fk" FOREIGN KEY ("supplier_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_requests" ADD CONSTRAINT "ill_requests_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_rota" ADD CONSTRAINT "ill_rota_request_id_ill_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."ill_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_rota" ADD CONSTRAINT "ill_rota_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_rota" ADD CONSTRAINT "ill_rota_holding_id_holdings_id_fk" FOREIGN KEY ("holding_id") REFERENCES "public"."holdings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ill_charges_payer_idx" ON "ill_charges" USING btree ("payer_member_id","charged_at");--> statement-breakpoint
CREATE INDEX "ill_charges_payee_idx" ON "ill_charges" USING btree ("payee_member_id","charged_at");--> statement-breakpoint
CREATE INDEX "ill_closures_member_idx" ON "ill_closures" USING btree ("member_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "ill_fee_tiers_key_idx" ON "ill_fee_tiers" USING btree (coalesce("member_id", 0),"service_type","service_level");--> statement-breakpoint
CREATE INDEX "ill_history_request_idx" ON "ill_history" USING btree ("request_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ill_lending_rules_member_idx" ON "ill_lending_rules" USING btree (coalesce("member_id", 0));--> statement-breakpoint
CREATE INDEX "ill_requests_requester_idx" ON "ill_requests" USING btree ("requester_member_id","id");--> statement-breakpoint
CREATE INDEX "ill_requests_supplier_idx" ON "ill_requests" USING btree ("supplier_member_id","id");--> statement-breakpoint
CREATE INDEX "ill_requests_state_idx" ON "ill_requests" USING btree ("state");--> statement-breakpoint
CREATE INDEX "ill_requests_closed_idx" ON "ill_requests" USING btree ("closed_at") WHERE patron_reference IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "ill_requests_peer_idx" ON "ill_requests" USING btree ("requester_member_id","peer_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ill_rota_request_position_idx" ON "ill_rota" USING btree ("request_id","position");--> statement-breakpoint
CREATE INDEX "ill_rota_member_idx" ON "ill_rota" USING btree ("member_id");