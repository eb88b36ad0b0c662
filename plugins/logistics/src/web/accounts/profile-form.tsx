import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { texts } from '../texts.js';
import { growthPotentials, services, type AccountProfile, type ProfileUpdate } from '../types.js';

type Growth = (typeof growthPotentials)[number];
type Service = (typeof services)[number];
const isGrowth = (v: string | null): v is Growth => growthPotentials.some((g) => g === v);
const isService = (v: string): v is Service => services.some((s) => s === v);
interface FormState {
  isClient: boolean;
  isSupplier: boolean;
  isPartner: boolean;
  services: Service[];
  monthlyLoads: number | string;
  monthlyTonnes: number | string;
  potentialLoads: number | string;
  growthPotential: Growth | null;
  otherCarriers: string[];
  notes: string;
}
const roles = ['isClient', 'isSupplier', 'isPartner'] as const;
const rolesFrom = (values: string[]) => ({
  isClient: values.includes('isClient'),
  isSupplier: values.includes('isSupplier'),
  isPartner: values.includes('isPartner'),
});
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

/** The account's logistics profile: roles, services, volumes, growth potential, other carriers. */
export function ProfileForm({ accountId, profile }: { accountId: string; profile: AccountProfile | null }) {
  const t = useTexts(texts);
  const api = useLogisticsApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<FormState>({
    isClient: profile?.isClient ?? false,
    isSupplier: profile?.isSupplier ?? false,
    isPartner: profile?.isPartner ?? false,
    services: (profile?.services ?? []).filter(isService),
    monthlyLoads: profile?.monthlyLoads ?? '',
    monthlyTonnes: profile?.monthlyTonnes ?? '',
    potentialLoads: profile?.potentialLoads ?? '',
    growthPotential: profile?.growthPotential ?? null,
    otherCarriers: profile?.otherCarriers ?? [],
    notes: profile?.notes ?? '',
  });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const save = useMutation(
    api.accounts.update.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('common.saved') });
        await queryClient.invalidateQueries({ queryKey: api.accounts.pathKey() });
      },
      onError: errors.set,
    }),
  );
  const submit = () => {
    errors.clear();
    const update: ProfileUpdate = {
      accountId,
      isClient: form.isClient,
      isSupplier: form.isSupplier,
      isPartner: form.isPartner,
      services: form.services,
      monthlyLoads: numberOrNull(form.monthlyLoads),
      monthlyTonnes: numberOrNull(form.monthlyTonnes),
      potentialLoads: numberOrNull(form.potentialLoads),
      growthPotential: form.growthPotential,
      otherCarriers: form.otherCarriers,
      notes: form.notes.trim() || null,
    };
    save.mutate(update);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack>
        {!profile && <Text c="dimmed">{t('profile.none')}</Text>}
        <Checkbox.Group
          label={t('profile.roles')}
          value={roles.filter((role) => form[role])}
          onChange={(values) => setForm((current) => ({ ...current, ...rolesFrom(values) }))}
        >
          <Group mt="xs">
            {roles.map((role) => (
              <Checkbox key={role} value={role} label={t(`profile.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <MultiSelect
          label={t('profile.services')}
          data={services.map((s) => ({ value: s, label: t(`service.${s}`) }))}
          value={form.services}
          onChange={(values) => set('services', values.filter(isService))}
          error={errors.field('services')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('profile.monthlyLoads')}
            min={0}
            value={form.monthlyLoads}
            onChange={(v) => set('monthlyLoads', v)}
            error={errors.field('monthlyLoads')}
          />
          <NumberInput
            label={t('profile.monthlyTonnes')}
            min={0}
            value={form.monthlyTonnes}
            onChange={(v) => set('monthlyTonnes', v)}
            error={errors.field('monthlyTonnes')}
          />
          <NumberInput
            label={t('profile.potentialLoads')}
            min={0}
            value={form.potentialLoads}
            onChange={(v) => set('potentialLoads', v)}
            error={errors.field('potentialLoads')}
          />
        </SimpleGrid>
        {profile?.growthGapLoads !== null &&
          profile?.growthGapLoads !== undefined &&
          profile.growthGapLoads > 0 && (
            <Text size="sm">{t('profile.growthGap', { count: profile.growthGapLoads })}</Text>
          )}
        <Select
          label={t('profile.growthPotential')}
          clearable
          data={growthPotentials.map((g) => ({ value: g, label: t(`growth.${g}`) }))}
          value={form.growthPotential}
          onChange={(v) => set('growthPotential', isGrowth(v) ? v : null)}
          error={errors.field('growthPotential')}
        />
        <TagsInput
          label={t('profile.otherCarriers')}
          description={t('profile.otherCarriersHint')}
          value={form.otherCarriers}
          onChange={(values) => set('otherCarriers', values)}
          error={errors.field('otherCarriers')}
        />
        <Textarea
          label={t('profile.notes')}
          value={form.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.field('notes')}
        />
        {errors.general && (
          <Text c="red.8" size="sm" role="alert">
            {errors.general}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
