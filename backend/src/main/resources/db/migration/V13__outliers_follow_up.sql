-- Outliers and follow-up. Optional min–max bounds per indicator (a value outside them is an
-- outlier whatever its history), and the values an officer marked for follow-up. A mark carries
-- its value's province and commune so that lists and the audit are scoped without a join; it goes
-- with its value when the value is deleted.
CREATE TABLE outlier_bound (
  indicator_code VARCHAR(40)   NOT NULL PRIMARY KEY,
  min_value      DECIMAL(19,4) NULL,
  max_value      DECIMAL(19,4) NULL,
  updated_by     VARCHAR(100)  NULL,
  updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_outlier_bound_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE follow_up (
  outcome_id    BIGINT        NOT NULL PRIMARY KEY,
  comment       VARCHAR(1000) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  marked_by     VARCHAR(100)  NULL,
  marked_at     TIMESTAMP(3)  NOT NULL,
  province_code CHAR(2)       NOT NULL,
  commune_code  CHAR(5)       NULL,
  CONSTRAINT fk_follow_up_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id) ON DELETE CASCADE,
  INDEX ix_follow_up_scope (province_code, commune_code, marked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
