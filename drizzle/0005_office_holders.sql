CREATE TABLE "office_holders" (
	"id" serial PRIMARY KEY NOT NULL,
	"office" text NOT NULL,
	"area" text,
	"state_iso3" text,
	"person_name" text,
	"gender" text NOT NULL,
	"period_from" text,
	"period_to" text,
	"source_title" text NOT NULL,
	"source_href" text,
	"reference_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "office_holders_reference_key_unique" UNIQUE("reference_key"),
	CONSTRAINT "office_holders_someone" CHECK ("office_holders"."state_iso3" is not null or "office_holders"."person_name" is not null),
	CONSTRAINT "office_holders_area" CHECK (("office_holders"."office" = 'thematic_coordinator') = ("office_holders"."area" is not null))
);
--> statement-breakpoint
ALTER TABLE "office_holders" ADD CONSTRAINT "office_holders_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "office_holders_office_idx" ON "office_holders" USING btree ("office");