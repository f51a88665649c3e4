-- A model or point written with a pre-2025 code is stored under the 2025 unit; the code it came with is kept.
ALTER TABLE model ADD COLUMN legacy_code VARCHAR(5) NULL AFTER commune_code;
ALTER TABLE replication_point ADD COLUMN legacy_code VARCHAR(5) NULL AFTER province_code;
