// The overview's public API: the summary queries and the summary widgets the province pages reuse.
export { useCommuneSummary, useProvinceComparison, useSummary, type CommuneRow } from './api/api';
export { KpiCards } from './components/KpiCards';
export { OutcomesSection } from './components/OutcomesSection';
export { ProvinceTable } from './components/ProvinceTable';
export { QuietPointsCard } from './components/QuietPointsCard';
export { asOfDate } from './utils/periods';
