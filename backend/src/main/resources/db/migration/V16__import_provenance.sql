-- Every import that wrote values: who sent it, when, which file (its SHA-256 as stored after the
-- upload, its name when the form gave one), which background job ran it and what it did. A value an
-- import creates points here (outcome.created_by_import) instead of getting an audit row of its
-- own: the audit API answers its CREATE entry from this row and the value's first later change.
-- Changes keep one audit row per value (they carry the value before); import_id on audit_log says
-- which import wrote a row (its changes, and the one summary row of entity 'import' per import).
CREATE TABLE import_provenance (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(40)  NOT NULL,
  occurred_at     TIMESTAMP(3) NOT NULL,
  subject         VARCHAR(100) NULL,
  username        VARCHAR(200) NOT NULL,
  client_id       VARCHAR(200) NULL,
  file_sha256     CHAR(64)     NULL,
  file_name       VARCHAR(255) NULL,
  job_id          BIGINT       NULL,
  row_count       BIGINT       NOT NULL,
  created_count   BIGINT       NOT NULL,
  updated_count   BIGINT       NOT NULL,
  unchanged_count BIGINT       NOT NULL,
  rejected_count  BIGINT       NOT NULL,
  INDEX ix_import_provenance_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Added last, nullable, without a foreign key or an index: an instant change on a large table, and
-- nothing more for an import's insert to maintain per row. Values are looked up by id, never by
-- import.
ALTER TABLE outcome ADD COLUMN created_by_import BIGINT NULL;
ALTER TABLE audit_log ADD COLUMN import_id BIGINT NULL;
