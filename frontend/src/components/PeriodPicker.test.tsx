import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Form } from 'antd';
import { PeriodPicker } from './PeriodPicker';

/** Opens an Ant Design select and picks the option with this label. */
function pick(select: HTMLElement, label: string) {
  fireEvent.mouseDown(within(select).getByRole('combobox'));
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (o) => o.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  fireEvent.click(option);
}

describe('the period picker', () => {
  afterEach(cleanup);

  it('shows the period by its label and keeps the same time when the type changes', () => {
    const onChange = vi.fn();
    render(<PeriodPicker value="2024Q2" onChange={onChange} />);
    expect(screen.getByTestId('period-value').textContent).toContain('Quý II/2024');
    pick(screen.getByTestId('period-type'), '6 tháng');
    expect(onChange).toHaveBeenLastCalledWith('2024S1');
  });

  it('hands the picked period over', () => {
    const onChange = vi.fn();
    render(<PeriodPicker value="2024" onChange={onChange} />);
    pick(screen.getByTestId('period-value'), 'Năm 2021');
    expect(onChange).toHaveBeenLastCalledWith('2021');
  });

  it('labels both fields inside a form', () => {
    render(
      <Form layout="vertical">
        <PeriodPicker layout="form" value="202605" onChange={() => {}} />
      </Form>,
    );
    expect(screen.getByLabelText('Loại kỳ báo cáo')).toBeTruthy();
    expect(screen.getByLabelText('Kỳ báo cáo')).toBeTruthy();
    expect(screen.getByTestId('period-value').textContent).toContain('Tháng 5/2026');
  });
});
