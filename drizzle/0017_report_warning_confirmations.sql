CREATE TABLE "report_warning_confirmations" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"warning_key" text NOT NULL,
	"note" text,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_warning_confirmations_key" UNIQUE("report_id","warning_key")
);
--> statement-breakpoint
ALTER TABLE "report_warning_confirmations" ADD CONSTRAINT "report_warning_confirmations_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_warning_confirmations" ADD CONSTRAINT "report_warning_confirmations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;