-- Issue 13: queue assignment (bulk assign), message templates for the account, the organisation's time zone.

-- A case assigned to a moderator stays in the queue (anyone may still claim it) but shows whose it is
-- and appears under their "mine" filter. Not a lease: assignment does not expire.
ALTER TABLE cases ADD COLUMN assigned_to uuid REFERENCES staff(id);
--> statement-breakpoint
ALTER TABLE cases ADD COLUMN assigned_at timestamptz;
--> statement-breakpoint
CREATE INDEX cases_assigned_to_idx ON cases (assigned_to) WHERE assigned_to IS NOT NULL;
--> statement-breakpoint

-- Settings that hold for the whole organisation: one row.
CREATE TABLE organisation_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
  updated_by uuid REFERENCES staff(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
INSERT INTO organisation_settings (id) VALUES (1);
--> statement-breakpoint

-- What the platform shows the account, per kind and language. Every edit is a new version; the
-- highest version is in force. No row for a kind and language means the built-in default text.
CREATE TABLE message_templates (
  kind text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('en', 'zh')),
  version integer NOT NULL CHECK (version > 0),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_by uuid NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, locale, version)
);
