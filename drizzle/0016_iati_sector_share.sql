ALTER TABLE "assistance_entries" ADD COLUMN "iati_sector" text;--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD COLUMN "iati_share" double precision;