import { AppShell, Burger, Group, NavLink, ScrollArea } from '@mantine/core';
import { AnchorLink, NavLinkLink } from '../../lib/links.js';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { can, canAdminister } from '../../app/abilities.js';
import { webModules } from '../../app/modules/index.js';
import { useSession } from '../../app/session.js';
import { PageLoader } from '../../app/route-states.js';
import { currentLanguage } from '../../i18n/index.js';
import { useNotificationStream } from '../notifications/use-notification-stream.js';
import { useEnabledModules } from './enabled-modules.js';
import { adminSections, mainNav } from './nav.js';
import { GlobalSearch } from './global-search.js';
import { NotificationBell } from './notification-bell.js';
import { UserMenu } from './user-menu.js';
import { WorkspaceSwitcher } from './workspace-switcher.js';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The signed-in layout: header (workspace, search, user), navigation, and the page. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const enabled = useEnabledModules();
  const { rules } = useSession();
  const admin = canAdminister(rules);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const language = currentLanguage();
  useNotificationStream();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.openMenu')}
            />
            <AnchorLink to="/" fw={700} size="lg" c="inherit" underline="never">
              {t('app.name')}
            </AnchorLink>
            <WorkspaceSwitcher />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <GlobalSearch />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')} component="nav">
        <ScrollArea>
          {mainNav
            .filter((entry) => !entry.needs || can(rules, entry.needs.action, entry.needs.subject))
            .map((entry) => (
              <NavLinkLink
                key={entry.to}
                to={entry.to}
                label={t(entry.label)}
                active={isActive(pathname, entry.to)}
                onClick={close}
              />
            ))}
          {webModules.nav(enabled.ids, 'main').map((item) => (
            <NavLinkLink
              key={item.href}
              to="/x/$module/$"
              params={{ module: item.moduleId, _splat: item.path }}
              label={item.label[language]}
              active={isActive(pathname, item.href)}
              onClick={close}
            />
          ))}
          {admin && (
            <NavLink
              label={t('nav.admin')}
              defaultOpened={pathname.startsWith('/admin')}
              mt="sm"
              data-testid="admin-nav"
            >
              {adminSections.map((section) => (
                <NavLinkLink
                  key={section}
                  to="/admin/$section"
                  params={{ section }}
                  label={t(`nav.${section}`)}
                  active={pathname === `/admin/${section}`}
                  onClick={close}
                />
              ))}
              {webModules.nav(enabled.ids, 'admin').map((item) => (
                <NavLinkLink
                  key={item.href}
                  to="/x/$module/$"
                  params={{ module: item.moduleId, _splat: item.path }}
                  label={item.label[language]}
                  active={isActive(pathname, item.href)}
                  onClick={close}
                />
              ))}
            </NavLink>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
