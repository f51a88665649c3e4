import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMAT, isFuture } from '../lib/dates';

/** A form's date of something that already happened: typed as 21/11/2026, no day after today in Việt Nam. */
export function PastDatePicker(props: DatePickerProps) {
  return <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} {...props} />;
}
