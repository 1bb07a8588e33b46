CREATE TABLE "record_redirects" (
	"from_record_id" integer PRIMARY KEY NOT NULL,
	"to_record_id" integer NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"record_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"local_id" text NOT NULL,
	"dialect" text NOT NULL,
	"encoding" text,
	"raw_marcxml" text NOT NULL,
	"core" jsonb NOT NULL,
	"work_key" text NOT NULL,
	"match_points" jsonb NOT NULL,
	"import_id" integer,
	"contributed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_id" integer NOT NULL,
	"kind" text DEFAULT 'marc' NOT NULL,
	"files" text[] NOT NULL,
	"via" text NOT NULL,
	"actor" text NOT NULL,
	"status" text NOT NULL,
	"read" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"merged" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"deleted" integer DEFAULT 0 NOT NULL,
	"holdings" integer DEFAULT 0 NOT NULL,
	"rejected" jsonb NOT NULL,
	"message" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "alt_titles" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "holdings" ADD COLUMN "source_id" integer;--> statement-breakpoint
ALTER TABLE "record_redirects" ADD CONSTRAINT "record_redirects_to_record_id_records_id_fk" FOREIGN KEY ("to_record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_sources" ADD CONSTRAINT "record_sources_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_sources" ADD CONSTRAINT "record_sources_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "record_sources_member_local_idx" ON "record_sources" USING btree ("member_id","local_id");--> statement-breakpoint
CREATE INDEX "record_sources_record_idx" ON "record_sources" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_sources_work_key_idx" ON "record_sources" USING btree ("work_key");--> statement-breakpoint
CREATE INDEX "imports_member_idx" ON "imports" USING btree ("member_id","id");--> statement-breakpoint
CREATE INDEX "holdings_source_idx" ON "holdings" USING btree ("source_id");