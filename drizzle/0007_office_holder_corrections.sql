CREATE TABLE "office_holder_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_holder_id" integer NOT NULL,
	"action" text NOT NULL,
	"values" jsonb,
	"reason" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text,
	CONSTRAINT "office_holder_corrections_values" CHECK (("office_holder_corrections"."action" = 'corrected') = ("office_holder_corrections"."values" is not null))
);
--> statement-breakpoint
ALTER TABLE "office_holder_corrections" ADD CONSTRAINT "office_holder_corrections_office_holder_id_office_holders_id_fk" FOREIGN KEY ("office_holder_id") REFERENCES "public"."office_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "office_holder_corrections_holder_idx" ON "office_holder_corrections" USING btree ("office_holder_id");