DROP INDEX "assistance_entries_iati_transaction";--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD COLUMN "iati_attribution" text;--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_entries_iati_transaction" ON "assistance_entries" USING btree ("iati_activity_id","iati_transaction_key") WHERE "assistance_entries"."origin" = 'iati' and "assistance_entries"."review" <> 'rejected';