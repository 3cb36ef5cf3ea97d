CREATE TABLE "coordinator_offices" (
	"user_id" text NOT NULL,
	"office_holder_id" integer NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by" text,
	CONSTRAINT "coordinator_offices_user_id_office_holder_id_pk" PRIMARY KEY("user_id","office_holder_id")
);
--> statement-breakpoint
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
CREATE TABLE "action_item_needs" (
	"action_item_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by" text,
	CONSTRAINT "action_item_needs_action_item_id_need_id_pk" PRIMARY KEY("action_item_id","need_id")
);
--> statement-breakpoint
ALTER TABLE "coordinator_offices" ADD CONSTRAINT "coordinator_offices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_offices" ADD CONSTRAINT "coordinator_offices_office_holder_id_office_holders_id_fk" FOREIGN KEY ("office_holder_id") REFERENCES "public"."office_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_holder_corrections" ADD CONSTRAINT "office_holder_corrections_office_holder_id_office_holders_id_fk" FOREIGN KEY ("office_holder_id") REFERENCES "public"."office_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_needs" ADD CONSTRAINT "action_item_needs_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_needs" ADD CONSTRAINT "action_item_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coordinator_offices_office_idx" ON "coordinator_offices" USING btree ("office_holder_id");--> statement-breakpoint
CREATE INDEX "office_holder_corrections_holder_idx" ON "office_holder_corrections" USING btree ("office_holder_id");--> statement-breakpoint
CREATE INDEX "action_item_needs_need_idx" ON "action_item_needs" USING btree ("need_id");