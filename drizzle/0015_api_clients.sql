CREATE TABLE "api_client_keys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_client_keys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"client_id" integer NOT NULL,
	"key_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "api_client_request_stats" (
	"client_id" integer NOT NULL,
	"day" date NOT NULL,
	"operation" text NOT NULL,
	"requests" bigint NOT NULL,
	"errors" bigint NOT NULL,
	"cost_points" bigint NOT NULL,
	"duration_buckets" bigint[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "api_client_request_stats_client_id_day_operation_pk" PRIMARY KEY("client_id","day","operation")
);
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_clients_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"contact" text,
	"member_id" integer,
	"scopes" text[] NOT NULL,
	"rate_limit_per_minute" integer,
	"daily_quota" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "api_client_keys" ADD CONSTRAINT "api_client_keys_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_client_request_stats" ADD CONSTRAINT "api_client_request_stats_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_client_keys_key_id_idx" ON "api_client_keys" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "api_client_keys_client_idx" ON "api_client_keys" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "api_clients_member_idx" ON "api_clients" USING btree ("member_id");