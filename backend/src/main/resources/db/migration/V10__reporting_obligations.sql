-- Reporting obligations: who must report which indicators, how often and by when. Model and
-- category codes are checked on write but carry no foreign key: an obligation names models by
-- code (codes are never reused), and a retired model must not block its deletion.
CREATE TABLE reporting_obligation (
  code               VARCHAR(40)  NOT NULL PRIMARY KEY,
  name               VARCHAR(200) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  frequency          VARCHAR(8)   NOT NULL,
  reporter_level     VARCHAR(16)  NOT NULL,
  applies_to         VARCHAR(16)  NOT NULL,
  category_code      VARCHAR(40)  NULL,
  due_days_after_end INT          NOT NULL,
  valid_from         DATE         NOT NULL,
  valid_to           DATE         NULL,
  version            INT          NOT NULL DEFAULT 0,
  INDEX ix_reporting_obligation_frequency (frequency, reporter_level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE reporting_obligation_indicator (
  obligation_code VARCHAR(40) NOT NULL,
  list_index      INT         NOT NULL,
  indicator_code  VARCHAR(40) NOT NULL,
  PRIMARY KEY (obligation_code, list_index),
  CONSTRAINT fk_obligation_indicator_obligation FOREIGN KEY (obligation_code)
    REFERENCES reporting_obligation (code) ON DELETE CASCADE,
  CONSTRAINT fk_obligation_indicator_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code),
  INDEX ix_obligation_indicator_indicator (indicator_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE reporting_obligation_model (
  obligation_code VARCHAR(40) NOT NULL,
  list_index      INT         NOT NULL,
  model_code      VARCHAR(40) NOT NULL,
  PRIMARY KEY (obligation_code, list_index),
  CONSTRAINT fk_obligation_model_obligation FOREIGN KEY (obligation_code)
    REFERENCES reporting_obligation (code) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
