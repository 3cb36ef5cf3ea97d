CREATE TABLE "directory_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"state_iso3" text NOT NULL,
	"area" text NOT NULL,
	"name" text NOT NULL,
	"function_title" text,
	"organisation" text,
	"email" text,
	"phone" text,
	"languages" jsonb NOT NULL,
	"official" boolean NOT NULL,
	"published" boolean NOT NULL,
	"last_confirmed_on" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference_key" text,
	"status" text NOT NULL,
	"area" text NOT NULL,
	"language" text NOT NULL,
	"texts" jsonb NOT NULL,
	"state_iso3s" jsonb NOT NULL,
	"partners" jsonb NOT NULL,
	"source_kind" text NOT NULL,
	"source_reference" text NOT NULL,
	"source_title" text NOT NULL,
	"lap_action" smallint,
	"practice_on" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "good_practices_reference_key_unique" UNIQUE("reference_key")
);
--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_entries_state_idx" ON "directory_entries" USING btree ("state_iso3");--> statement-breakpoint
CREATE INDEX "good_practices_status_idx" ON "good_practices" USING btree ("status");