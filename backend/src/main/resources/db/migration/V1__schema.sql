-- Names sort with utf8mb4_vietnamese_ci (Đ after D, Ư after U) on MariaDB 10.11 and 11.x.
-- Search uses the search_text columns: lower-case, diacritics and đ folded by the application,
-- so "tu quan" finds "tự quản" on every server version.

CREATE TABLE province (
  code        CHAR(2)      NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  full_name   VARCHAR(150) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  type        VARCHAR(16)  NOT NULL,
  population  BIGINT       NULL,
  area_km2    DECIMAL(12,2) NULL,
  search_text VARCHAR(300) NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE commune (
  code            CHAR(5)      NOT NULL PRIMARY KEY,
  name            VARCHAR(100) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  full_name       VARCHAR(150) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  type            VARCHAR(16)  NOT NULL,
  province_code   CHAR(2)      NOT NULL,
  border          BOOLEAN      NOT NULL DEFAULT FALSE,
  hotspot         BOOLEAN      NOT NULL DEFAULT FALSE,
  ethnic_minority BOOLEAN      NOT NULL DEFAULT FALSE,
  search_text     VARCHAR(300) NOT NULL,
  version         INT          NOT NULL DEFAULT 0,
  created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_commune_province FOREIGN KEY (province_code) REFERENCES province (code),
  INDEX ix_commune_province_name (province_code, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE model_category (
  code        VARCHAR(40)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  description VARCHAR(1000) NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  version     INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE indicator (
  code        VARCHAR(40)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  unit        VARCHAR(40)  NOT NULL COLLATE utf8mb4_vietnamese_ci,
  fractional  BOOLEAN      NOT NULL DEFAULT FALSE,
  description VARCHAR(1000) NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  version     INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE model (
  code                 VARCHAR(40)  NOT NULL PRIMARY KEY,
  name                 VARCHAR(300) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  description          TEXT         NULL,
  category_code        VARCHAR(40)  NOT NULL,
  province_code        CHAR(2)      NOT NULL,
  commune_code         CHAR(5)      NULL,
  lead_organisation    VARCHAR(200) NULL,
  started_on           DATE         NULL,
  recognition_level    VARCHAR(16)  NULL,
  recognized_on        DATE         NULL,
  recognition_decision VARCHAR(200) NULL,
  status               VARCHAR(16)  NOT NULL,
  status_reason        VARCHAR(1000) NULL,
  status_since         DATE         NOT NULL,
  search_text          VARCHAR(700) NOT NULL,
  version              INT          NOT NULL DEFAULT 0,
  created_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_model_category FOREIGN KEY (category_code) REFERENCES model_category (code),
  CONSTRAINT fk_model_province FOREIGN KEY (province_code) REFERENCES province (code),
  CONSTRAINT fk_model_commune FOREIGN KEY (commune_code) REFERENCES commune (code),
  INDEX ix_model_province_started (province_code, started_on),
  INDEX ix_model_category (category_code),
  INDEX ix_model_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE model_status_history (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  model_code      VARCHAR(40)  NOT NULL,
  previous_status VARCHAR(16)  NULL,
  status          VARCHAR(16)  NOT NULL,
  reason          VARCHAR(1000) NULL,
  effective_on    DATE         NOT NULL,
  recorded_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_history_model FOREIGN KEY (model_code) REFERENCES model (code) ON DELETE CASCADE,
  INDEX ix_history_model (model_code, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE replication_point (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  external_id       VARCHAR(100) NULL,
  model_code        VARCHAR(40)  NOT NULL,
  commune_code      CHAR(5)      NOT NULL,
  province_code     CHAR(2)      NOT NULL,
  place_type        VARCHAR(24)  NOT NULL,
  place_name        VARCHAR(300) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  established_on    DATE         NULL,
  status            VARCHAR(16)  NOT NULL,
  status_since      DATE         NOT NULL,
  team_count        INT          NOT NULL DEFAULT 0,
  member_count      INT          NOT NULL DEFAULT 0,
  core_member_count INT          NOT NULL DEFAULT 0,
  latitude          DECIMAL(9,6) NULL,
  longitude         DECIMAL(9,6) NULL,
  search_text       VARCHAR(400) NOT NULL,
  version           INT          NOT NULL DEFAULT 0,
  created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_point_external UNIQUE (external_id),
  CONSTRAINT fk_point_model FOREIGN KEY (model_code) REFERENCES model (code),
  CONSTRAINT fk_point_commune FOREIGN KEY (commune_code) REFERENCES commune (code),
  CONSTRAINT fk_point_province FOREIGN KEY (province_code) REFERENCES province (code),
  INDEX ix_point_province_established (province_code, established_on),
  INDEX ix_point_model_established (model_code, established_on),
  INDEX ix_point_commune (commune_code, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One value per (indicator, period, reporting unit). unit_key spells the unit (P:<point id>,
-- MC:<model>:<commune>, MP:<model>:<province>, C:<commune>, PR:<province>) so one unique index
-- makes the upsert idempotent. period_start/period_end give the roll-up: a value counts for
-- period X when it lies inside X.
CREATE TABLE outcome (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  indicator_code VARCHAR(40)   NOT NULL,
  period         VARCHAR(8)    NOT NULL,
  period_type    VARCHAR(8)    NOT NULL,
  period_start   DATE          NOT NULL,
  period_end     DATE          NOT NULL,
  unit_type      VARCHAR(16)   NOT NULL,
  unit_key       VARCHAR(100)  NOT NULL,
  point_id       BIGINT        NULL,
  model_code     VARCHAR(40)   NULL,
  commune_code   CHAR(5)       NULL,
  province_code  CHAR(2)       NOT NULL,
  value          DECIMAL(19,4) NOT NULL,
  version        INT           NOT NULL DEFAULT 0,
  created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_outcome_key UNIQUE (indicator_code, period, unit_key),
  CONSTRAINT fk_outcome_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code),
  CONSTRAINT fk_outcome_point FOREIGN KEY (point_id) REFERENCES replication_point (id),
  CONSTRAINT fk_outcome_model FOREIGN KEY (model_code) REFERENCES model (code),
  CONSTRAINT fk_outcome_commune FOREIGN KEY (commune_code) REFERENCES commune (code),
  CONSTRAINT fk_outcome_province FOREIGN KEY (province_code) REFERENCES province (code),
  -- value is in the period indexes so totals are read from the index alone.
  INDEX ix_outcome_province_period (province_code, period_start, period_end, indicator_code, value),
  INDEX ix_outcome_period (period_start, period_end, indicator_code, province_code, value),
  INDEX ix_outcome_model_period (model_code, period_start, period_end),
  INDEX ix_outcome_commune_period (commune_code, period_start, period_end),
  INDEX ix_outcome_point_period (point_id, period_start, period_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE demo_data_load (
  name      VARCHAR(100) NOT NULL PRIMARY KEY,
  loaded_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
