CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"member_codes" text[] NOT NULL,
	"data" jsonb NOT NULL,
	"fanned_out_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "events_member_codes_idx" ON "events" USING gin ("member_codes");--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type","id");--> statement-breakpoint
CREATE INDEX "events_not_fanned_out_idx" ON "events" USING btree ("id") WHERE fanned_out_at IS NULL;