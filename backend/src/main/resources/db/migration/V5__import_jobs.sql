-- Imports run in the background when large: their state survives in this table. A job found
-- QUEUED or RUNNING at start-up was cut short by a restart and has written nothing (one transaction).
CREATE TABLE import_job (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind         VARCHAR(40)  NOT NULL,
  state        VARCHAR(10)  NOT NULL,
  dry_run      BOOLEAN      NOT NULL,
  mode         VARCHAR(10)  NOT NULL,
  total        BIGINT       NULL,
  processed    BIGINT       NOT NULL DEFAULT 0,
  result       LONGTEXT     NULL,
  error        TEXT         NULL,
  subject      VARCHAR(100) NULL,
  username     VARCHAR(200) NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  started_at   TIMESTAMP(3) NULL,
  finished_at  TIMESTAMP(3) NULL,
  INDEX ix_import_job_state (state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
