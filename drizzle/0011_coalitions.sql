CREATE TABLE "coalition_meetings" (
	"coalition_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coalition_meetings_coalition_id_meeting_id_pk" PRIMARY KEY("coalition_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "coalition_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"coalition_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"state_iso3" text,
	"name" text,
	"role" text,
	CONSTRAINT "coalition_members_who" CHECK (("coalition_members"."kind" = 'state') = ("coalition_members"."state_iso3" is not null) and ("coalition_members"."kind" = 'state') = ("coalition_members"."name" is null))
);
--> statement-breakpoint
CREATE TABLE "coalition_needs" (
	"coalition_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coalition_needs_coalition_id_need_id_pk" PRIMARY KEY("coalition_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "coalitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"state_iso3" text NOT NULL,
	"name" text NOT NULL,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"established_on" text,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"last_confirmed_on" text NOT NULL,
	"notes" text,
	"reference_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coalitions_reference_key_unique" UNIQUE("reference_key")
);
--> statement-breakpoint
ALTER TABLE "coalition_meetings" ADD CONSTRAINT "coalition_meetings_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_meetings" ADD CONSTRAINT "coalition_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_members" ADD CONSTRAINT "coalition_members_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_members" ADD CONSTRAINT "coalition_members_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_needs" ADD CONSTRAINT "coalition_needs_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_needs" ADD CONSTRAINT "coalition_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalitions" ADD CONSTRAINT "coalitions_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coalition_members_coalition_idx" ON "coalition_members" USING btree ("coalition_id");--> statement-breakpoint
CREATE INDEX "coalitions_state_idx" ON "coalitions" USING btree ("state_iso3");