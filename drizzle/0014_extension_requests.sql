CREATE TABLE "extension_plan_rows" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"position" integer NOT NULL,
	"year" integer NOT NULL,
	"milestone" text NOT NULL,
	"quantity" double precision,
	"cost" double precision,
	"currency" text,
	"national_funding" double precision,
	"external_funding" double precision,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extension_request_needs" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"year" integer NOT NULL,
	"currency" text NOT NULL,
	"need_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extension_request_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"field" text NOT NULL,
	"prefilled_value" text,
	"report_id" integer,
	"report_year" integer,
	"report_version" integer,
	"form" text,
	"table_name" text,
	"rows" text,
	"basis" text
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"state_iso3" text NOT NULL,
	"article" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"duration_years" integer,
	"requested_deadline" text,
	"current_deadline" text,
	"reasons" text,
	"means_available" text,
	"means_required" text,
	"work_done" text,
	"work_planned" text,
	"area_at_entry_into_force" double precision,
	"area_found_since" double precision,
	"area_cleared" double precision,
	"area_remaining" double precision,
	"munitions_at_entry_into_force" integer,
	"submunitions_at_entry_into_force" integer,
	"munitions_destroyed" integer,
	"submunitions_destroyed" integer,
	"munitions_remaining" integer,
	"submunitions_remaining" integer,
	"annual_rate" double precision,
	"impediments" text,
	"implications" text,
	"other_information" text,
	"national_resources" text,
	"assistance_received" text,
	"stated_needs" text,
	"submitted_on" text,
	"meeting_code" text,
	"meeting_starts_on" text,
	"submit_by" text,
	"obligation_event_id" integer,
	"withdrawn_on" text,
	"created_by" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "extension_plan_rows" ADD CONSTRAINT "extension_plan_rows_request_id_extension_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."extension_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request_needs" ADD CONSTRAINT "extension_request_needs_request_id_extension_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."extension_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request_needs" ADD CONSTRAINT "extension_request_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request_sources" ADD CONSTRAINT "extension_request_sources_request_id_extension_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."extension_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_request_sources" ADD CONSTRAINT "extension_request_sources_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extension_plan_rows_request_idx" ON "extension_plan_rows" USING btree ("request_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_request_needs_year_idx" ON "extension_request_needs" USING btree ("request_id","year","currency");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_request_sources_field_idx" ON "extension_request_sources" USING btree ("request_id","field");--> statement-breakpoint
CREATE INDEX "extension_requests_state_idx" ON "extension_requests" USING btree ("state_iso3","article");