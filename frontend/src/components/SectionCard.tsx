import { Card, Grid } from 'antd';
import type { CardProps } from 'antd';

/**
 * A page section. On a phone the header has no room for controls next to the title, so they move to the
 * top of the body, and the padding shrinks.
 */
export function SectionCard({ title, extra, children, ...rest }: CardProps & { 'data-testid'?: string }) {
  const screens = Grid.useBreakpoint();
  // xs is known only once measured; before that the desktop layout is the safer guess.
  const narrow = screens.xs === true;
  return (
    <Card title={title} extra={narrow ? undefined : extra} size={narrow ? 'small' : undefined} {...rest}>
      {narrow && extra ? <div style={{ marginBottom: 12 }}>{extra}</div> : null}
      {children}
    </Card>
  );
}
