CREATE TABLE "action_item_states" (
	"action_item_id" integer NOT NULL,
	"state_iso3" text NOT NULL,
	CONSTRAINT "action_item_states_action_item_id_state_iso3_pk" PRIMARY KEY("action_item_id","state_iso3")
);
--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"what" text NOT NULL,
	"owner_kind" text NOT NULL,
	"owner" text,
	"due_on" text,
	"status" text NOT NULL,
	"note" text,
	"source" text,
	"reference_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "action_items_reference_key_unique" UNIQUE("reference_key")
);
--> statement-breakpoint
CREATE TABLE "delegates" (
	"id" serial PRIMARY KEY NOT NULL,
	"delegation_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"head" boolean NOT NULL,
	"survivor" boolean NOT NULL,
	"role" text
);
--> statement-breakpoint
CREATE TABLE "meeting_delegations" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"state_iso3" text,
	"organisation" text,
	CONSTRAINT "meeting_delegations_state" UNIQUE("meeting_id","state_iso3"),
	CONSTRAINT "meeting_delegations_organisation" UNIQUE("meeting_id","organisation"),
	CONSTRAINT "meeting_delegations_one_party" CHECK (("meeting_delegations"."state_iso3" is null) <> ("meeting_delegations"."organisation" is null))
);
--> statement-breakpoint
CREATE TABLE "meeting_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"symbol" text,
	"title" text NOT NULL,
	"href" text
);
--> statement-breakpoint
CREATE TABLE "meeting_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"state_iso3" text,
	"organisation" text,
	"topic" text NOT NULL,
	"summary" text NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"href" text,
	"source" text,
	"reference_key" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_statements_reference_key_unique" UNIQUE("reference_key"),
	CONSTRAINT "meeting_statements_one_speaker" CHECK (("meeting_statements"."state_iso3" is null) <> ("meeting_statements"."organisation" is null))
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" text,
	"ends_on" text,
	"venue" text,
	"presiding_state_iso3" text,
	"president" text,
	"hosts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reporting_from" text,
	"reporting_to" text,
	"census_date" text,
	"participants_total" integer,
	"participants_approximate" boolean DEFAULT false NOT NULL,
	"participation_note" text,
	"summary" text,
	"key_points" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meetings_code_unique" UNIQUE("code"),
	CONSTRAINT "meetings_code_format" CHECK ("meetings"."code" ~ '^[A-Za-z0-9][A-Za-z0-9-]*$'),
	CONSTRAINT "meetings_dates_order" CHECK ("meetings"."ends_on" is null or "meetings"."starts_on" is null or "meetings"."ends_on" >= "meetings"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "action_item_states" ADD CONSTRAINT "action_item_states_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_states" ADD CONSTRAINT "action_item_states_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_delegation_id_meeting_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."meeting_delegations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_delegations" ADD CONSTRAINT "meeting_delegations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_delegations" ADD CONSTRAINT "meeting_delegations_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD CONSTRAINT "meeting_statements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD CONSTRAINT "meeting_statements_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_presiding_state_iso3_states_iso3_fk" FOREIGN KEY ("presiding_state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "delegates_delegation_idx" ON "delegates" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "meeting_documents_meeting_idx" ON "meeting_documents" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_statements_meeting_idx" ON "meeting_statements" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_starts_on_idx" ON "meetings" USING btree ("starts_on");