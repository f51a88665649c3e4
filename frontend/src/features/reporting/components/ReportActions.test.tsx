import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { ReportActions } from './ReportActions';
import { ReportStateTag } from './ReportStateTag';

describe('report actions', () => {
  afterEach(cleanup);

  it('show only the buttons `may` allows, and `why` for the others', () => {
    render(
      <App>
        <ReportActions
          status={{
            may: { submit: false, approve: true, reopen: false },
            why: { submit: 'Báo cáo đã nộp', reopen: 'Báo cáo chưa được duyệt' },
          }}
          run={vi.fn()}
        />
      </App>,
    );
    expect(screen.getByTestId('report-approve')).toBeTruthy();
    expect(screen.queryByTestId('report-submit')).toBeNull();
    expect(screen.queryByTestId('report-reopen')).toBeNull();
    const why = screen.getByTestId('report-why').textContent;
    expect(why).toContain('Nộp báo cáo: Báo cáo đã nộp');
    expect(why).toContain('Mở lại: Báo cáo chưa được duyệt');
  });

  it('asks for the reason before reopening and sends it', async () => {
    const run = vi.fn().mockResolvedValue({});
    render(
      <App>
        <ReportActions status={{ may: { reopen: true } }} run={run} />
      </App>,
    );
    fireEvent.click(screen.getByTestId('report-reopen'));
    const ok = await screen.findByTestId('report-confirm');
    expect((ok as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('report-text'), { target: { value: 'Sai số tin báo' } });
    expect((ok as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(ok);
    await waitFor(() => expect(run).toHaveBeenCalledWith('reopen', 'Sai số tin báo'));
  });

  it('show nothing to someone who may do nothing and is told nothing', () => {
    const { container } = render(
      <App>
        <ReportActions status={{ may: { submit: false, approve: false, reopen: false } }} run={vi.fn()} />
      </App>,
    );
    expect(container.querySelectorAll('button')).toHaveLength(0);
  });
});

describe('the state tag', () => {
  afterEach(cleanup);

  it('names and colours the state', () => {
    render(<ReportStateTag state="APPROVED" />);
    const tag = screen.getByTestId('report-state');
    expect(tag.textContent).toBe('Đã duyệt');
    expect(tag.getAttribute('data-state')).toBe('APPROVED');
    expect(tag.style.background).not.toBe('');
  });
});
