ALTER TABLE "outbox_messages" ADD COLUMN "to_user_id" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "secret" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "states" ADD COLUMN "working_language" text;--> statement-breakpoint
CREATE INDEX "outbox_messages_recipient_idx" ON "outbox_messages" USING btree ("to_user_id","read_at");