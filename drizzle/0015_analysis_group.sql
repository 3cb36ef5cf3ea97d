CREATE TABLE "analysis_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"question_id" integer NOT NULL,
	"body" text NOT NULL,
	"answered_by" text NOT NULL,
	"answered_by_name" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_checklist" (
	"request_id" integer NOT NULL,
	"element" text NOT NULL,
	"mark" text NOT NULL,
	"note" text,
	"marked_at" timestamp with time zone NOT NULL,
	"marked_by" text NOT NULL,
	CONSTRAINT "analysis_checklist_request_id_element_pk" PRIMARY KEY("request_id","element")
);
--> statement-breakpoint
CREATE TABLE "analysis_drafts" (
	"request_id" integer PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"recommendation" text NOT NULL,
	"recommendation_text" text,
	"written_at" timestamp with time zone NOT NULL,
	"written_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_members" (
	"request_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" text NOT NULL,
	CONSTRAINT "analysis_members_request_id_user_id_pk" PRIMARY KEY("request_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "analysis_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"body" text NOT NULL,
	"asked_by" text NOT NULL,
	"asked_by_name" text NOT NULL,
	"asked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analysis_answers" ADD CONSTRAINT "analysis_answers_question_id_analysis_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."analysis_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_checklist" ADD CONSTRAINT "analysis_checklist_request_id_obligation_events_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."obligation_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_drafts" ADD CONSTRAINT "analysis_drafts_request_id_obligation_events_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."obligation_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_members" ADD CONSTRAINT "analysis_members_request_id_obligation_events_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."obligation_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_members" ADD CONSTRAINT "analysis_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_questions" ADD CONSTRAINT "analysis_questions_request_id_obligation_events_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."obligation_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_answers_question_idx" ON "analysis_answers" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "analysis_questions_request_idx" ON "analysis_questions" USING btree ("request_id");