-- A unit's report for an obligation and period: OPEN → SUBMITTED → APPROVED, reopened by the approver.
-- A row exists once someone acts on the report; a unit without one is OPEN. An approved row locks
-- the values it covers (its unit's, for that period and every period inside it).
CREATE TABLE report (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  obligation_code    VARCHAR(40)   NOT NULL,
  period             VARCHAR(8)    NOT NULL,
  period_start       DATE          NOT NULL,
  period_end         DATE          NOT NULL,
  unit_type          VARCHAR(16)   NOT NULL,
  unit               VARCHAR(20)   NOT NULL,
  point_id           BIGINT        NULL,
  commune_code       CHAR(5)       NULL,
  province_code      CHAR(2)       NOT NULL,
  workflow           VARCHAR(16)   NOT NULL,
  -- The first submission decides timeliness; a resubmission after a reopen does not make it late.
  first_submitted_at TIMESTAMP(3)  NULL,
  submitted_by       VARCHAR(100)  NULL,
  submitted_at       TIMESTAMP(3)  NULL,
  submit_comment     VARCHAR(1000) NULL COLLATE utf8mb4_vietnamese_ci,
  approved_by        VARCHAR(100)  NULL,
  approved_at        TIMESTAMP(3)  NULL,
  reopened_by        VARCHAR(100)  NULL,
  reopened_at        TIMESTAMP(3)  NULL,
  reopen_reason      VARCHAR(1000) NULL COLLATE utf8mb4_vietnamese_ci,
  version            INT           NOT NULL DEFAULT 0,
  CONSTRAINT uq_report_unit UNIQUE (obligation_code, period, unit),
  CONSTRAINT fk_report_obligation FOREIGN KEY (obligation_code) REFERENCES reporting_obligation (code),
  -- Writers read the reports of their provinces and periods with a share lock (see ReportLocks).
  INDEX ix_report_province_period (province_code, period_start, period_end),
  INDEX ix_report_workflow (workflow, period_start, period_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
