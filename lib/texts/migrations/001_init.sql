-- Texts pasted by readers. Portable SQL (SQLite and PostgreSQL): TEXT, INTEGER, BIGINT only.
-- The annotation is computed once (at creation, after a title change or a reading correction)
-- and stored, so showing a text is one primary-key lookup.
CREATE TABLE texts (
  id VARCHAR(32) PRIMARY KEY,
  -- '' when the text has no title.
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  source_url TEXT,
  -- SHA-256 (hex) of the manage token; the token itself is never stored.
  token_hash CHAR(64) NOT NULL,
  -- JSON object: simplified hanzi -> numbered pinyin ("hua2 wei2").
  overrides TEXT NOT NULL,
  -- JSON as written by lib/texts/annotation-codec.ts ('' once deleted).
  annotation TEXT NOT NULL,
  -- Incremented by every change: updates are conditional on it, so concurrent edits never overwrite each other.
  version INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  -- Set when the owner deletes the text: the content is wiped, the id answers "gone" (410).
  deleted_at BIGINT
);

-- One row per accepted creation, for the per-client rate limit. Rows older than the window are pruned.
CREATE TABLE text_creations (
  client VARCHAR(200) NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX text_creations_by_client ON text_creations (client, created_at);
CREATE INDEX text_creations_by_time ON text_creations (created_at);
