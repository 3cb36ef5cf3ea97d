CREATE TABLE "assistance_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"origin" text NOT NULL,
	"review" text NOT NULL,
	"provider_iso3" text,
	"provider_name" text NOT NULL,
	"recipient_iso3" text NOT NULL,
	"year" smallint NOT NULL,
	"area" text NOT NULL,
	"type" text,
	"amount" double precision,
	"currency" text,
	"status" text NOT NULL,
	"channel" text,
	"in_response_to_request" boolean DEFAULT false NOT NULL,
	"need_id" integer,
	"note" text,
	"iati_import_id" integer,
	"iati_activity_id" text,
	"iati_transaction_key" text,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "assistance_entries_year" CHECK ("assistance_entries"."year" between 1990 and 2100),
	CONSTRAINT "assistance_entries_iati_key" CHECK ("assistance_entries"."origin" <> 'iati' or ("assistance_entries"."iati_activity_id" is not null and "assistance_entries"."iati_transaction_key" is not null))
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"currency" text NOT NULL,
	"year" smallint NOT NULL,
	"usd_per_unit" double precision NOT NULL,
	"source" text NOT NULL,
	"set_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_rates_currency_year_pk" PRIMARY KEY("currency","year"),
	CONSTRAINT "exchange_rates_positive" CHECK ("exchange_rates"."usd_per_unit" > 0)
);
--> statement-breakpoint
CREATE TABLE "iati_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"iati_version" text,
	"sectors" jsonb NOT NULL,
	"activities_read" integer NOT NULL,
	"activities_kept" integer NOT NULL,
	"entries_added" integer NOT NULL,
	"entries_already_known" integer NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"need_id" integer NOT NULL,
	"owner_key" text NOT NULL,
	"partner_iso3" text,
	"organisation" text,
	"offer_id" integer,
	"stage" text NOT NULL,
	"amount" double precision,
	"currency" text,
	"note" text,
	"delivered_on" text,
	"ledger_entry_id" integer,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" serial PRIMARY KEY NOT NULL,
	"state_iso3" text NOT NULL,
	"origin" text NOT NULL,
	"area" text NOT NULL,
	"type" text,
	"description" text NOT NULL,
	"activities_timeframe" text,
	"estimated_cost" double precision,
	"currency" text,
	"national_contribution" double precision,
	"plan_reference" text,
	"status" text DEFAULT 'open' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"match_key" text NOT NULL,
	"source_report_id" integer,
	"source_version" smallint,
	"source_row" smallint,
	"last_confirmed_on" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "needs_state_match" UNIQUE("state_iso3","match_key"),
	CONSTRAINT "needs_report_source" CHECK ("needs"."origin" = 'direct' or ("needs"."source_report_id" is not null and "needs"."source_row" is not null))
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_key" text NOT NULL,
	"partner_iso3" text,
	"organisation" text,
	"title" text NOT NULL,
	"areas" jsonb NOT NULL,
	"types" jsonb NOT NULL,
	"priority_regions" jsonb NOT NULL,
	"priority_states" jsonb NOT NULL,
	"multi_year" boolean DEFAULT false NOT NULL,
	"annual_amount" double precision,
	"currency" text,
	"contact" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"last_confirmed_on" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD CONSTRAINT "assistance_entries_provider_iso3_states_iso3_fk" FOREIGN KEY ("provider_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD CONSTRAINT "assistance_entries_recipient_iso3_states_iso3_fk" FOREIGN KEY ("recipient_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD CONSTRAINT "assistance_entries_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD CONSTRAINT "assistance_entries_iati_import_id_iati_imports_id_fk" FOREIGN KEY ("iati_import_id") REFERENCES "public"."iati_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD CONSTRAINT "assistance_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_entries" ADD CONSTRAINT "assistance_entries_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_imports" ADD CONSTRAINT "iati_imports_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_partner_iso3_states_iso3_fk" FOREIGN KEY ("partner_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_ledger_entry_id_assistance_entries_id_fk" FOREIGN KEY ("ledger_entry_id") REFERENCES "public"."assistance_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_source_report_id_reports_id_fk" FOREIGN KEY ("source_report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_partner_iso3_states_iso3_fk" FOREIGN KEY ("partner_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_entries_iati_transaction" ON "assistance_entries" USING btree ("iati_activity_id","iati_transaction_key") WHERE "assistance_entries"."origin" = 'iati';--> statement-breakpoint
CREATE INDEX "assistance_entries_recipient_idx" ON "assistance_entries" USING btree ("recipient_iso3","year");--> statement-breakpoint
CREATE INDEX "assistance_entries_provider_idx" ON "assistance_entries" USING btree ("provider_iso3","year");--> statement-breakpoint
CREATE INDEX "need_responses_need_idx" ON "need_responses" USING btree ("need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "need_responses_one_open" ON "need_responses" USING btree ("need_id","owner_key") WHERE "need_responses"."stage" not in ('withdrawn', 'confirmed');--> statement-breakpoint
CREATE INDEX "needs_state_idx" ON "needs" USING btree ("state_iso3");--> statement-breakpoint
CREATE INDEX "offers_owner_idx" ON "offers" USING btree ("owner_key");