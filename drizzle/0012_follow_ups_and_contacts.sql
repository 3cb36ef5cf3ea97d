CREATE TABLE "contact_action_items" (
	"contact_id" integer NOT NULL,
	"action_item_id" integer NOT NULL,
	CONSTRAINT "contact_action_items_contact_id_action_item_id_pk" PRIMARY KEY("contact_id","action_item_id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" serial PRIMARY KEY NOT NULL,
	"state_iso3" text NOT NULL,
	"contacted_on" text NOT NULL,
	"area" text NOT NULL,
	"state_side" text NOT NULL,
	"other_participants" text,
	"outcome" text NOT NULL,
	"next_step" text,
	"recorded_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_items" ALTER COLUMN "meeting_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "owner_user_id" text;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "area" text;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "contact_action_items" ADD CONSTRAINT "contact_action_items_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_action_items" ADD CONSTRAINT "contact_action_items_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_action_items_item_idx" ON "contact_action_items" USING btree ("action_item_id");--> statement-breakpoint
CREATE INDEX "contacts_state_idx" ON "contacts" USING btree ("state_iso3","contacted_on");--> statement-breakpoint
CREATE INDEX "contacts_recorded_by_idx" ON "contacts" USING btree ("recorded_by");--> statement-breakpoint
CREATE INDEX "action_items_owner_user_idx" ON "action_items" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "action_items_recorded_by_idx" ON "action_items" USING btree ("recorded_by");