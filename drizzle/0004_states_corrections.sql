CREATE TABLE "obligation_event_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"action" text NOT NULL,
	"values" jsonb,
	"reason" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text
);
--> statement-breakpoint
ALTER TABLE "obligation_events" ADD COLUMN "declared_on" text;--> statement-breakpoint
ALTER TABLE "obligation_events" ADD COLUMN "document_title" text;--> statement-breakpoint
ALTER TABLE "obligation_events" ADD COLUMN "document_symbol" text;--> statement-breakpoint
ALTER TABLE "obligation_events" ADD COLUMN "document_url" text;--> statement-breakpoint
ALTER TABLE "obligation_event_corrections" ADD CONSTRAINT "obligation_event_corrections_event_id_obligation_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."obligation_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "obligation_event_corrections_event_idx" ON "obligation_event_corrections" USING btree ("event_id");