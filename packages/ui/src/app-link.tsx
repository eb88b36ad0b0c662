import { Anchor, type AnchorProps } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useUiEnvironment } from './ui-context.js';

/** A link to an app URL that navigates inside the app (a real `<a href>`: new tab, copy link work). */
export function AppLink({
  href,
  children,
  ...props
}: AnchorProps & { href: string; children: ReactNode; 'aria-label'?: string }) {
  const { navigate } = useUiEnvironment();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <Anchor component="a" href={href} onClick={onClick} {...props}>
      {children}
    </Anchor>
  );
}
