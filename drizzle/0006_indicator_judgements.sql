CREATE TABLE "figure_overrides" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_code" text NOT NULL,
	"indicator_id" text NOT NULL,
	"value" integer NOT NULL,
	"denominator" integer,
	"reason" text NOT NULL,
	"agreed_by_id" text,
	"agreed_by_label" text NOT NULL,
	"agreed_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text,
	"withdrawal_reason" text,
	CONSTRAINT "figure_overrides_reason" CHECK (length(trim("figure_overrides"."reason")) > 0),
	CONSTRAINT "figure_overrides_value" CHECK ("figure_overrides"."value" >= 0),
	CONSTRAINT "figure_overrides_denominator" CHECK ("figure_overrides"."denominator" is null or "figure_overrides"."denominator" >= "figure_overrides"."value")
);
--> statement-breakpoint
CREATE TABLE "indicator_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_code" text NOT NULL,
	"indicator_id" text NOT NULL,
	"state_iso3" text NOT NULL,
	"value" text NOT NULL,
	"basis" text NOT NULL,
	"basis_detail" text,
	"note" text,
	"assessor_id" text,
	"assessor_label" text NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text,
	"withdrawal_reason" text
);
--> statement-breakpoint
ALTER TABLE "figure_overrides" ADD CONSTRAINT "figure_overrides_meeting_code_meetings_code_fk" FOREIGN KEY ("meeting_code") REFERENCES "public"."meetings"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figure_overrides" ADD CONSTRAINT "figure_overrides_agreed_by_id_users_id_fk" FOREIGN KEY ("agreed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assessments" ADD CONSTRAINT "indicator_assessments_meeting_code_meetings_code_fk" FOREIGN KEY ("meeting_code") REFERENCES "public"."meetings"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assessments" ADD CONSTRAINT "indicator_assessments_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assessments" ADD CONSTRAINT "indicator_assessments_assessor_id_users_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "figure_overrides_in_force" ON "figure_overrides" USING btree ("meeting_code","indicator_id") WHERE "figure_overrides"."withdrawn_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_assessments_in_force" ON "indicator_assessments" USING btree ("meeting_code","indicator_id","state_iso3") WHERE "indicator_assessments"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "indicator_assessments_meeting_idx" ON "indicator_assessments" USING btree ("meeting_code","indicator_id");