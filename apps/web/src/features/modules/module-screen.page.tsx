import { useParams } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { webModules } from '../../app/modules/index.js';
import { NotFound, PageLoader } from '../../app/route-states.js';
import { currentLanguage } from '../../i18n/index.js';
import { useEnabledModules } from '../shell/enabled-modules.js';

/** `/x/<module>/<path>`: a screen of an enabled web module, loaded as its own chunk. */
export function ModuleScreenPage() {
  const { module, _splat } = useParams({ from: '/app/x/$module/$' });
  const enabled = useEnabledModules();
  const path = _splat ?? '';
  const resolved = webModules.screen(enabled.ids, module, path);
  const screen = resolved?.screen;
  const Screen = useMemo(() => (screen ? lazy(screen.load) : null), [screen]);
  const title = screen?.title[currentLanguage()];
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  if (enabled.pending) return <PageLoader />;
  if (!resolved || !Screen) return <NotFound />;
  const { Frame } = resolved.module;
  return (
    <Frame>
      <Suspense fallback={<PageLoader />}>
        <Screen path={path} params={resolved.params} />
      </Suspense>
    </Frame>
  );
}
