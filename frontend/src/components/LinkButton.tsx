import { Button, type ButtonProps } from 'antd';
import { Link } from 'react-router-dom';

/** A button that opens another page of the app: a router link around an antd button. */
export function LinkButton({ to, ...button }: { to: string } & ButtonProps & { 'data-testid'?: string }) {
  return (
    <Link to={to}>
      <Button {...button} />
    </Link>
  );
}
