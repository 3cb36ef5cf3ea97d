CREATE TABLE "action_item_needs" (
	"action_item_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by" text,
	CONSTRAINT "action_item_needs_action_item_id_need_id_pk" PRIMARY KEY("action_item_id","need_id")
);
--> statement-breakpoint
ALTER TABLE "action_item_needs" ADD CONSTRAINT "action_item_needs_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_needs" ADD CONSTRAINT "action_item_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_item_needs_need_idx" ON "action_item_needs" USING btree ("need_id");