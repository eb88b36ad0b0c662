import { useParams } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { webModules } from '../../app/modules/index.js';
import { NotFound, PageLoader } from '../../app/route-states.js';
import { useEnabledModules } from '../shell/enabled-modules.js';

/** `/x/<module>/<path>`: a screen of an enabled web module, loaded as its own chunk. */
export function ModuleScreenPage() {
  const { module, _splat } = useParams({ from: '/app/x/$module/$' });
  const enabled = useEnabledModules();
  const path = _splat ?? '';
  const screen = webModules.screen(enabled, module, path);
  const Screen = useMemo(() => (screen ? lazy(screen.load) : null), [screen]);
  if (!Screen) return <NotFound />;
  return (
    <Suspense fallback={<PageLoader />}>
      <Screen path={path} />
    </Suspense>
  );
}
