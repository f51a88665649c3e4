/** The reporting feature's public API: what the entry, imports, overview and province pages use. */
export { CoverageNote } from './components/CoverageNote';
export { ReportStatusCard, lockSentence } from './components/ReportStatusCard';
export { ReportStateTag } from './components/ReportStateTag';
export {
  useObligations,
  useReportingLocks,
  useValidationRules,
  useViolations,
  type ReportLock,
  type Violation,
  type ValidationRule,
} from './api/reportingApi';
export { locksOf, lockFor } from './utils/reportState';
export { violationsByIndicator, violationsOfUnit } from './utils/checks';
