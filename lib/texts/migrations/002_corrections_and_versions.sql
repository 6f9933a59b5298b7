-- Corrections anchored to words (lib/texts/corrections.ts) and the history of earlier versions,
-- so that the owner can undo the last change. Portable SQL (SQLite and PostgreSQL).

-- JSON array of corrections: a word's reading or meaning, a split, a merge, a term's meaning.
ALTER TABLE texts ADD COLUMN corrections TEXT NOT NULL DEFAULT '[]';

-- One row per earlier version of a text: what it was before a change (title, body and the
-- corrections; the annotation is computed again when a version is restored). Undo restores the
-- newest row and removes it. Wiped with the text.
CREATE TABLE text_versions (
  text_id VARCHAR(32) NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  overrides TEXT NOT NULL,
  corrections TEXT NOT NULL,
  -- When this version was saved (its updated_at).
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (text_id, version)
);
