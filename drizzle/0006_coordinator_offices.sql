CREATE TABLE "coordinator_offices" (
	"user_id" text NOT NULL,
	"office_holder_id" integer NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by" text,
	CONSTRAINT "coordinator_offices_user_id_office_holder_id_pk" PRIMARY KEY("user_id","office_holder_id")
);
--> statement-breakpoint
ALTER TABLE "coordinator_offices" ADD CONSTRAINT "coordinator_offices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_offices" ADD CONSTRAINT "coordinator_offices_office_holder_id_office_holders_id_fk" FOREIGN KEY ("office_holder_id") REFERENCES "public"."office_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coordinator_offices_office_idx" ON "coordinator_offices" USING btree ("office_holder_id");