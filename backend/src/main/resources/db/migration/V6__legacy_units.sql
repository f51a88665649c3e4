-- Units before the 2025-07-01 reform (63 provinces, ~700 districts, ~10,000 communes) and their
-- 2025 successors. Codes of the three levels have 2, 3 and 5 digits, so one key serves all.
CREATE TABLE legacy_unit (
  code          VARCHAR(5)   NOT NULL PRIMARY KEY,
  level         VARCHAR(10)  NOT NULL,
  name          VARCHAR(100) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  full_name     VARCHAR(150) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  parent_code   VARCHAR(5)   NULL,
  province_code CHAR(2)      NOT NULL,
  search_text   VARCHAR(300) NOT NULL,
  INDEX ix_legacy_unit_province (province_code, level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per (old unit, new unit) pair: an old commune with several rows was split.
CREATE TABLE legacy_successor (
  old_code VARCHAR(5) NOT NULL,
  new_code VARCHAR(5) NOT NULL,
  PRIMARY KEY (old_code, new_code),
  INDEX ix_legacy_successor_new (new_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
