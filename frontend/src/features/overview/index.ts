// The overview's public API: the summary queries and the period and summary widgets the province pages reuse.
export { useCommuneSummary, useProvinceComparison, useProvinceModels, useSummary, type CommuneRow } from './api/api';
export { KpiCards } from './components/KpiCards';
export { OutcomesSection } from './components/OutcomesSection';
export { PeriodPicker } from './components/PeriodPicker';
export { ProvinceTable } from './components/ProvinceTable';
export { QuietPointsCard } from './components/QuietPointsCard';
export { usePeriodParam } from './hooks/usePeriodParam';
export { asOfDate, pickablePeriods } from './utils/periods';
