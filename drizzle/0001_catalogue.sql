CREATE TABLE "members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"type" text NOT NULL,
	"region" text,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"fte" integer,
	"lat" double precision,
	"lon" double precision,
	"lends_for_ill" boolean DEFAULT true NOT NULL,
	"parent_id" integer,
	"symbols" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "record_identifiers" (
	"record_id" integer NOT NULL,
	"scheme" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "record_identifiers_scheme_value_record_id_pk" PRIMARY KEY("scheme","value","record_id")
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"responsibility" text,
	"edition" text,
	"publisher" text,
	"place" text,
	"year" integer,
	"language" text,
	"isbns" text[] DEFAULT '{}'::text[] NOT NULL,
	"issns" text[] DEFAULT '{}'::text[] NOT NULL,
	"clc" text,
	"subjects" text[] DEFAULT '{}'::text[] NOT NULL,
	"format" text DEFAULT 'BOOK' NOT NULL,
	"title_key" text DEFAULT '' NOT NULL,
	"author_key" text DEFAULT '' NOT NULL,
	"publisher_key" text DEFAULT '' NOT NULL,
	"any_key" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holdings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "holdings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_id" integer NOT NULL,
	"record_id" integer NOT NULL,
	"local_id" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"call_number" text,
	"copies" integer DEFAULT 1 NOT NULL,
	"available" integer DEFAULT 0 NOT NULL,
	"lendable" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"role" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_parent_id_members_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_identifiers" ADD CONSTRAINT "record_identifiers_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holdings" ADD CONSTRAINT "holdings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holdings" ADD CONSTRAINT "holdings_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "members_parent_idx" ON "members" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "members_type_idx" ON "members" USING btree ("type");--> statement-breakpoint
CREATE INDEX "members_region_idx" ON "members" USING btree ("region");--> statement-breakpoint
CREATE INDEX "members_search_trgm_idx" ON "members" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "record_identifiers_record_idx" ON "record_identifiers" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "records_title_trgm_idx" ON "records" USING gin ("title_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "records_author_trgm_idx" ON "records" USING gin ("author_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "records_publisher_trgm_idx" ON "records" USING gin ("publisher_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "records_any_trgm_idx" ON "records" USING gin ("any_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "records_clc_idx" ON "records" USING btree ("clc" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "records_language_idx" ON "records" USING btree ("language");--> statement-breakpoint
CREATE INDEX "records_year_idx" ON "records" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "holdings_member_local_idx" ON "holdings" USING btree ("member_id","local_id");--> statement-breakpoint
CREATE INDEX "holdings_record_idx" ON "holdings" USING btree ("record_id","id");--> statement-breakpoint
CREATE INDEX "holdings_member_idx" ON "holdings" USING btree ("member_id","id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");