CREATE TABLE "live_room_interceptions" (
	"section_id" uuid NOT NULL,
	"bullet_id" text NOT NULL,
	"account_id" text NOT NULL,
	"category_id" text,
	"intercepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_room_interceptions_section_id_bullet_id_pk" PRIMARY KEY("section_id","bullet_id")
);
--> statement-breakpoint
ALTER TABLE "live_room_interceptions" ADD CONSTRAINT "live_room_interceptions_section_id_live_rooms_section_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."live_rooms"("section_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_room_interceptions" ADD CONSTRAINT "live_room_interceptions_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;