import { Result } from 'antd';
import { LinkButton } from './LinkButton';

/** Shown instead of a form the signed-in user may not submit (the API would answer 403). */
export function Forbidden({ text, back, backLabel }: { text: string; back: string; backLabel: string }) {
  return (
    <Result
      status="403"
      title="Không có quyền"
      subTitle={text}
      extra={<LinkButton to={back}>{backLabel}</LinkButton>}
    />
  );
}
