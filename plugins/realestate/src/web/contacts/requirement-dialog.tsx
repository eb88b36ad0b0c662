import {
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQuery, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { listFieldError } from '../shared/form-error.js';
import { texts } from '../texts.js';
import { isPropertyType, propertyTypes, type PropertyType, type Requirement } from '../types.js';

const rangeFields = [
  'minPrice',
  'maxPrice',
  'minArea',
  'maxArea',
  'minBedrooms',
  'maxBedrooms',
  'minFloor',
  'maxFloor',
] as const;
type RangeField = (typeof rangeFields)[number];

interface FormState {
  name: string;
  PropertyType: PropertyType;
  City: string;
  districtIds: string[];
  ranges: Record<RangeField, number | string>;
  notFirstFloor: boolean;
  notLastFloor: boolean;
  notes: string;
}

const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));
const textOrNull = (value: string) => value.trim() || null;

function initialState(r: Requirement | null): FormState {
  const ranges = Object.fromEntries(rangeFields.map((key) => [key, r?.[key] ?? ''])) as Record<
    RangeField,
    number | string
  >;
  return {
    name: r?.name ?? '',
    PropertyType: r?.PropertyType ?? 'Residential',
    City: r?.City ?? '',
    districtIds: r?.districtIds ?? [],
    ranges,
    notFirstFloor: r?.notFirstFloor ?? false,
    notLastFloor: r?.notLastFloor ?? false,
    notes: r?.notes ?? '',
  };
}

function criteria(form: FormState) {
  return {
    name: form.name,
    PropertyType: form.PropertyType,
    City: textOrNull(form.City),
    districtIds: form.districtIds,
    minPrice: numberOrNull(form.ranges.minPrice),
    maxPrice: numberOrNull(form.ranges.maxPrice),
    minArea: numberOrNull(form.ranges.minArea),
    maxArea: numberOrNull(form.ranges.maxArea),
    minBedrooms: numberOrNull(form.ranges.minBedrooms),
    maxBedrooms: numberOrNull(form.ranges.maxBedrooms),
    minFloor: numberOrNull(form.ranges.minFloor),
    maxFloor: numberOrNull(form.ranges.maxFloor),
    notFirstFloor: form.notFirstFloor,
    notLastFloor: form.notLastFloor,
    notes: textOrNull(form.notes),
  };
}

/** The districts a requirement may name: those in use, plus any it already names. */
function useDistrictOptions(chosen: string[]) {
  const api = useRealestateApi();
  const districts = useQuery(api.districts.list.queryOptions({}));
  return (districts.data?.items ?? [])
    .filter((d) => d.active || chosen.includes(d.id))
    .map((d) => ({ value: d.id, label: `${d.name} (${d.City})` }));
}

const shownFields = ['name', 'PropertyType', 'City', 'districtIds', 'districts', 'notes', ...rangeFields];

/**
 * Records a buyer's requirement for the contact, or changes one (`requirement` given): the API checks
 * the ranges and districts and matching runs again; every refusal shows on its field.
 */
export function RequirementDialog({
  contactId,
  requirement,
  onClose,
}: {
  contactId: string;
  requirement: Requirement | null;
  onClose: () => void;
}) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<FormState>(() => initialState(requirement));
  const districtOptions = useDistrictOptions(form.districtIds);
  const done = {
    onSuccess: async (saved: Requirement) => {
      notifications.show({ color: 'teal', message: t('requirement.saved', { name: saved.name }) });
      onClose();
      await queryClient.invalidateQueries({ queryKey: api.requirements.pathKey() });
    },
    onError: errors.set,
  };
  const create = useMutation(api.requirements.create.mutationOptions(done));
  const update = useMutation(api.requirements.update.mutationOptions(done));
  const submit = () => {
    errors.clear();
    if (requirement) {
      update.mutate({ id: requirement.id, expectedVersion: requirement.version, ...criteria(form) });
    } else {
      create.mutate({ contactId, ...criteria(form) });
    }
  };
  const range = (key: RangeField) => (
    <NumberInput
      key={key}
      label={t(`requirement.${key}`)}
      value={form.ranges[key]}
      onChange={(value) => setForm((c) => ({ ...c, ranges: { ...c.ranges, [key]: value } }))}
      error={errors.field(key)}
      min={key === 'minFloor' || key === 'maxFloor' ? -5 : 0}
    />
  );
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t(requirement ? 'requirement.editTitle' : 'requirement.addTitle')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('requirement.name')}
            value={form.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setForm((c) => ({ ...c, name }));
            }}
            error={errors.field('name')}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('field.PropertyType')}
              data={propertyTypes.map((type) => ({ value: type, label: t(`type.${type}`) }))}
              value={form.PropertyType}
              onChange={(v) => isPropertyType(v) && setForm((c) => ({ ...c, PropertyType: v }))}
              error={errors.field('PropertyType')}
              allowDeselect={false}
            />
            <TextInput
              label={t('field.City')}
              value={form.City}
              onChange={(event) => {
                const City = event.currentTarget.value;
                setForm((c) => ({ ...c, City }));
              }}
              error={errors.field('City')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('requirement.districts')}
            data={districtOptions}
            value={form.districtIds}
            onChange={(districtIds) => setForm((c) => ({ ...c, districtIds }))}
            error={listFieldError(errors, 'districtIds', 'districts')}
            searchable
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>{rangeFields.map(range)}</SimpleGrid>
          <Group>
            <Checkbox
              label={t('requirement.notFirstFloor')}
              checked={form.notFirstFloor}
              onChange={(event) => {
                const notFirstFloor = event.currentTarget.checked;
                setForm((c) => ({ ...c, notFirstFloor }));
              }}
            />
            <Checkbox
              label={t('requirement.notLastFloor')}
              checked={form.notLastFloor}
              onChange={(event) => {
                const notLastFloor = event.currentTarget.checked;
                setForm((c) => ({ ...c, notLastFloor }));
              }}
            />
          </Group>
          <Textarea
            label={t('requirement.notes')}
            value={form.notes}
            onChange={(event) => {
              const notes = event.currentTarget.value;
              setForm((c) => ({ ...c, notes }));
            }}
            error={errors.field('notes')}
          />
          <FormFooter
            errors={errors}
            shown={[...shownFields, 'notFirstFloor', 'notLastFloor']}
            submitLabel={t(requirement ? 'common.save' : 'common.create')}
            cancelLabel={t('common.cancel')}
            pending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
