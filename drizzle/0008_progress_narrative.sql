CREATE TABLE "progress_narrative" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_code" text NOT NULL,
	"section" text NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"author_role" text NOT NULL,
	"text" text NOT NULL,
	"status" text NOT NULL,
	"revision" integer NOT NULL,
	"written_by_id" text,
	"written_by_label" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "progress_narrative_text" CHECK (length(trim("progress_narrative"."text")) > 0),
	CONSTRAINT "progress_narrative_revision" CHECK ("progress_narrative"."revision" >= 1)
);
--> statement-breakpoint
CREATE TABLE "progress_report_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_code" text NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"note" text,
	"issued_by_id" text,
	"issued_by_label" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "progress_report_versions_number" CHECK ("progress_report_versions"."number" >= 1)
);
--> statement-breakpoint
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_meeting_code_meetings_code_fk" FOREIGN KEY ("meeting_code") REFERENCES "public"."meetings"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_written_by_id_users_id_fk" FOREIGN KEY ("written_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_versions" ADD CONSTRAINT "progress_report_versions_meeting_code_meetings_code_fk" FOREIGN KEY ("meeting_code") REFERENCES "public"."meetings"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_versions" ADD CONSTRAINT "progress_report_versions_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "progress_narrative_revision_key" ON "progress_narrative" USING btree ("meeting_code","section","key","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_narrative_current" ON "progress_narrative" USING btree ("meeting_code","section","key") WHERE "progress_narrative"."superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "progress_report_versions_number_key" ON "progress_report_versions" USING btree ("meeting_code","number");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_report_versions_one_final" ON "progress_report_versions" USING btree ("meeting_code") WHERE "progress_report_versions"."status" = 'final';--> statement-breakpoint
CREATE INDEX "progress_report_versions_meeting_idx" ON "progress_report_versions" USING btree ("meeting_code");