import { Tag } from 'antd';
import { STATUS_LABELS } from '../format';

const COLORS: Record<string, string> = { ACTIVE: 'green', DORMANT: 'orange', RETIRED: 'default' };

/** A model's or point's status as a coloured tag. */
export function StatusTag({ status }: { status: string | null | undefined }) {
  if (!status) return <>—</>;
  return <Tag color={COLORS[status]}>{STATUS_LABELS[status] ?? status}</Tag>;
}

export const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));
