CREATE TABLE "work_plan_activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"work_plan_id" integer NOT NULL,
	"position" integer NOT NULL,
	"label" text,
	"title" text NOT NULL,
	"description" text,
	"status" text NOT NULL,
	"status_note" text,
	"quarters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"timing" text,
	"implementers" text,
	"meeting_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"action_item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text,
	"reference_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "work_plan_activities_reference_key_unique" UNIQUE("reference_key")
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"area" text NOT NULL,
	"title" text NOT NULL,
	"cycle" text NOT NULL,
	"from_meeting" text,
	"to_meeting" text,
	"background" text,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_outputs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"implementers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budget_amount" double precision,
	"budget_currency" text,
	"budget_note" text,
	"source" text,
	"reference_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "work_plans_reference_key_unique" UNIQUE("reference_key"),
	CONSTRAINT "work_plans_budget_currency" CHECK ("work_plans"."budget_currency" is null or "work_plans"."budget_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "work_plans_budget_amount" CHECK ("work_plans"."budget_amount" is null or "work_plans"."budget_amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "work_plan_activities" ADD CONSTRAINT "work_plan_activities_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "work_plan_activities_plan_idx" ON "work_plan_activities" USING btree ("work_plan_id","position");