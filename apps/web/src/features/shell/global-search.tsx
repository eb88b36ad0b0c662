import { Button, Kbd, Modal, NavLink, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';

const routes = { contact: '/contacts/$id', account: '/accounts/$id', deal: '/deals/$id' } as const;
type RecordType = keyof typeof routes;
const isRecordType = (type: string): type is RecordType => type in routes;

/** Search across records from anywhere: Ctrl+K (⌘K) opens it, arrows pick, Enter opens the record. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  const [term, setTerm] = useState('');
  const [active, setActive] = useState(0);
  const [debounced] = useDebouncedValue(term.trim(), 200);
  const navigate = useNavigate();
  useHotkeys([['mod+K', open]], []);
  const results = useQuery({
    ...trpc.search.query.queryOptions({ q: debounced, limit: '12' }),
    enabled: opened && debounced.length >= 2,
  });
  const items = (results.data?.items ?? []).filter((item) => isRecordType(item.type));

  const go = (index: number) => {
    const item = items[index];
    if (!item || !isRecordType(item.type)) return;
    close();
    setTerm('');
    void navigate({ to: routes[item.type], params: { id: item.id } });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, items.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') go(active);
    else return;
    event.preventDefault();
  };

  return (
    <>
      <Button variant="default" size="xs" onClick={open} rightSection={<Kbd size="xs">Ctrl K</Kbd>}>
        {t('common.search')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('search.title')} size="lg">
        <TextInput
          data-autofocus
          aria-label={t('shell.searchPlaceholder')}
          placeholder={t('shell.searchPlaceholder')}
          value={term}
          onChange={(event) => {
            setTerm(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls="global-search-results"
          aria-activedescendant={items[active] ? `search-${items[active].id}` : undefined}
        />
        <Stack gap={0} mt="sm" id="global-search-results" role="listbox" aria-label={t('search.title')}>
          {debounced.length < 2 && (
            <Text c="dimmed" size="sm">
              {t('search.typeToSearch')}
            </Text>
          )}
          {debounced.length >= 2 && results.isSuccess && items.length === 0 && (
            <Text c="dimmed" size="sm">
              {t('search.nothing')}
            </Text>
          )}
          {items.map((item, index) => (
            <NavLink
              key={item.id}
              id={`search-${item.id}`}
              role="option"
              aria-selected={index === active}
              active={index === active}
              label={item.title}
              description={`${isRecordType(item.type) ? t(`search.${item.type}`) : item.type}${item.subtitle ? ` · ${item.subtitle}` : ''}`}
              onClick={() => go(index)}
            />
          ))}
        </Stack>
      </Modal>
    </>
  );
}
