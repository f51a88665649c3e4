-- Validation rules: is a figure plausible next to the other figures of its unit and period
-- (left side, operator, right side; each side a sum of indicators plus a constant). Rules are
-- reference data like the indicators, so the usual ones are seeded here.
CREATE TABLE validation_rule (
  code           VARCHAR(40)    NOT NULL PRIMARY KEY,
  name           VARCHAR(200)   NOT NULL COLLATE utf8mb4_vietnamese_ci,
  description    VARCHAR(1000)  NULL COLLATE utf8mb4_vietnamese_ci,
  left_constant  DECIMAL(19,4)  NOT NULL DEFAULT 0,
  operator       VARCHAR(2)     NOT NULL,
  right_constant DECIMAL(19,4)  NOT NULL DEFAULT 0,
  importance     VARCHAR(8)     NOT NULL,
  missing_values VARCHAR(24)    NOT NULL,
  version        INT            NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE validation_rule_left (
  rule_code      VARCHAR(40) NOT NULL,
  list_index     INT         NOT NULL,
  indicator_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (rule_code, list_index),
  CONSTRAINT fk_rule_left_rule FOREIGN KEY (rule_code) REFERENCES validation_rule (code) ON DELETE CASCADE,
  CONSTRAINT fk_rule_left_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE validation_rule_right (
  rule_code      VARCHAR(40) NOT NULL,
  list_index     INT         NOT NULL,
  indicator_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (rule_code, list_index),
  CONSTRAINT fk_rule_right_rule FOREIGN KEY (rule_code) REFERENCES validation_rule (code) ON DELETE CASCADE,
  CONSTRAINT fk_rule_right_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Checked against the demo data: no demo unit and period breaks the ERROR rule, and the warnings
-- only ask for both figures when both are reported (SKIP_IF_ANY_MISSING).
INSERT INTO validation_rule (code, name, description, operator, importance, missing_values) VALUES
  ('VALUABLE_TIPS_LE_TIPS', 'Tin báo có giá trị không vượt quá tin báo tiếp nhận',
   'Tin có giá trị là một phần của tin báo, tố giác tiếp nhận trong cùng kỳ', 'LE', 'ERROR', 'SKIP_IF_ANY_MISSING'),
  ('SUBJECTS_GE_CASES', 'Số đối tượng xử lý không ít hơn số vụ việc giải quyết',
   'Mỗi vụ việc thường có ít nhất một đối tượng; khi cả hai được báo cáo', 'GE', 'WARNING', 'SKIP_IF_ANY_MISSING'),
  ('WANTED_LE_SUBJECTS', 'Đối tượng truy nã ra đầu thú không vượt quá đối tượng bị bắt giữ, xử lý',
   'Đối tượng truy nã ra đầu thú được tính trong số đối tượng xử lý', 'LE', 'WARNING', 'SKIP_IF_ANY_MISSING'),
  ('ATTENDEES_GE_CAMPAIGNS', 'Lượt người tham dự không ít hơn số buổi tuyên truyền',
   'Mỗi buổi tuyên truyền có ít nhất một người tham dự', 'GE', 'WARNING', 'SKIP_IF_ANY_MISSING'),
  ('OPINIONS_GE_FORUMS', 'Ý kiến Nhân dân không ít hơn số diễn đàn',
   'Mỗi diễn đàn "Công an lắng nghe ý kiến Nhân dân" tiếp nhận ít nhất một ý kiến', 'GE', 'WARNING', 'SKIP_IF_ANY_MISSING');

INSERT INTO validation_rule_left (rule_code, list_index, indicator_code) VALUES
  ('VALUABLE_TIPS_LE_TIPS', 0, 'VALUABLE_TIPS'),
  ('SUBJECTS_GE_CASES', 0, 'SUBJECTS_HANDLED'),
  ('WANTED_LE_SUBJECTS', 0, 'WANTED_SURRENDERED'),
  ('ATTENDEES_GE_CAMPAIGNS', 0, 'ATTENDEES'),
  ('OPINIONS_GE_FORUMS', 0, 'OPINIONS_COLLECTED');

INSERT INTO validation_rule_right (rule_code, list_index, indicator_code) VALUES
  ('VALUABLE_TIPS_LE_TIPS', 0, 'TIPS_RECEIVED'),
  ('SUBJECTS_GE_CASES', 0, 'CASES_SOLVED'),
  ('WANTED_LE_SUBJECTS', 0, 'SUBJECTS_HANDLED'),
  ('ATTENDEES_GE_CAMPAIGNS', 0, 'CAMPAIGNS_HELD'),
  ('OPINIONS_GE_FORUMS', 0, 'FORUMS_HELD');
