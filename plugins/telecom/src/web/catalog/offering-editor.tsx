import {
  Button,
  Fieldset,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useMutation, useQuery, useTexts } from '@crm/ui';
import { useState, type ReactNode } from 'react';
import { useTelecomApi } from '../api.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import {
  isPeriodType,
  isPriceType,
  isUsageType,
  periodTypes,
  priceTypes,
  usageTypes,
  type CreateOffering,
  type Offering,
  type OfferingPriceInput,
  type PeriodType,
  type PriceType,
  type UsageType,
} from '../types.js';

/** The unit each usage type is priced in (as the API measures it). */
const usageUnits: Record<UsageType, string> = { data: 'GB', voice: 'min', sms: 'SMS' };

interface PriceDraft {
  key: number;
  name: string;
  priceType: PriceType;
  amount: number | '';
  currency: string;
  taxRate: number | undefined;
  periodType: PeriodType | null;
  periodLength: number | '';
  usageType: UsageType | null;
  quantity: number | '';
  units: string;
}

let nextKey = 0;
const newPrice = (currency: string): PriceDraft => ({
  key: (nextKey += 1),
  name: '',
  priceType: 'recurring',
  amount: '',
  currency,
  taxRate: undefined,
  periodType: 'month',
  periodLength: 1,
  usageType: null,
  quantity: '',
  units: '',
});

function draftOf(price: Offering['productOfferingPrice'][number]): PriceDraft {
  const period = price.recurringChargePeriodType ?? null;
  return {
    key: (nextKey += 1),
    name: price.name,
    priceType: price.priceType,
    amount: price.price.taxIncludedAmount.value,
    currency: price.price.taxIncludedAmount.unit,
    taxRate: price.price.taxRate,
    periodType: isPeriodType(period) ? period : null,
    periodLength: price.recurringChargePeriodLength ?? 1,
    usageType: price.usageType ?? null,
    quantity: price.unitOfMeasure?.amount ?? '',
    units: price.unitOfMeasure?.units ?? '',
  };
}

/**
 * The price as the API takes it (TMF620 names). Empty numbers go as null so that the API names the
 * field (`productOfferingPrice.N.price.taxIncludedAmount.value`, ...) instead of the form guessing.
 */
function priceInput(draft: PriceDraft): OfferingPriceInput {
  const metered = draft.priceType === 'usage' || draft.priceType === 'allowance';
  const orNull = (n: number | '') => (n === '' ? Number.NaN : n); // NaN is sent as null
  return {
    name: draft.name,
    priceType: draft.priceType,
    ...(draft.priceType === 'recurring' && draft.periodType
      ? {
          recurringChargePeriodType: draft.periodType,
          recurringChargePeriodLength: orNull(draft.periodLength),
        }
      : {}),
    ...(metered && draft.usageType ? { usageType: draft.usageType } : {}),
    ...(metered && (draft.quantity !== '' || draft.units.trim())
      ? { unitOfMeasure: { amount: orNull(draft.quantity), units: draft.units.trim() } }
      : {}),
    price: {
      taxIncludedAmount: { unit: draft.currency.trim().toUpperCase(), value: orNull(draft.amount) },
      ...(draft.taxRate !== undefined ? { taxRate: draft.taxRate } : {}),
    },
  };
}

const dateOf = (iso: string | undefined) => iso?.slice(0, 10) ?? '';
const isoOf = (date: string) => (date ? `${date}T00:00:00.000Z` : undefined);

/**
 * Creates an offering (it starts "In study") or edits one still in its drafts (In study, In design,
 * In test): name, description, version, segments, validity, bundle contents and prices. Every problem
 * the API names sits on its field, prices' on their row.
 */
export function OfferingEditor({ offering, onClose }: { offering?: Offering; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const [name, setName] = useState(offering?.name ?? '');
  const [description, setDescription] = useState(offering?.description ?? '');
  const [version, setVersion] = useState(offering?.version ?? '1.0');
  const [isBundle, setBundle] = useState(offering?.isBundle ?? false);
  const [isSellable, setSellable] = useState(offering?.isSellable ?? true);
  const [segments, setSegments] = useState<string[]>(offering?.marketSegment.map((s) => s.id) ?? []);
  const [validFrom, setValidFrom] = useState(dateOf(offering?.validFor?.startDateTime));
  const [validTo, setValidTo] = useState(dateOf(offering?.validFor?.endDateTime));
  const [parts, setParts] = useState<string[]>(offering?.bundledProductOffering.map((b) => b.id) ?? []);
  const [prices, setPrices] = useState<PriceDraft[]>(
    offering ? offering.productOfferingPrice.map(draftOf) : [newPrice('RUB')],
  );
  const catalog = useQuery(api.productOffering.list.queryOptions({ limit: 200 }));
  const done = async (saved: Offering, message: 'offering.created' | 'offering.saved') => {
    notifications.show({ color: 'teal', message: t(message, { name: saved.name }) });
    onClose();
    await refresh();
  };
  const create = useMutation(
    api.productOffering.create.mutationOptions({
      onSuccess: (saved) => done(saved, 'offering.created'),
      onError: errors.set,
    }),
  );
  const update = useMutation(
    api.productOffering.update.mutationOptions({
      onSuccess: (saved) => done(saved, 'offering.saved'),
      onError: errors.set,
    }),
  );

  const submit = () => {
    errors.clear();
    const startDateTime = isoOf(validFrom);
    const endDateTime = isoOf(validTo);
    const body: CreateOffering = {
      name,
      ...(description.trim() || offering ? { description } : {}),
      version,
      isBundle,
      isSellable,
      marketSegment: segments,
      validFor: {
        ...(startDateTime ? { startDateTime } : {}),
        ...(endDateTime ? { endDateTime } : {}),
      },
      bundledProductOffering: isBundle ? parts.map((id) => ({ id })) : [],
      productOfferingPrice: prices.map(priceInput),
    };
    if (offering) update.mutate({ ...body, id: offering.id });
    else create.mutate(body);
  };

  // Each field shows the first problem the API named at or under its path; the rest go below.
  const shown = new Set<string>();
  const at = (path: string) => {
    const issue = errors.fields.find((e) => e.field === path || e.field.startsWith(`${path}.`));
    if (issue) shown.add(issue.field);
    return issue?.message;
  };
  const setPrice = (key: number, change: Partial<PriceDraft>) =>
    setPrices((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const priceRows: ReactNode[] = prices.map((price, index) => {
    const path = `productOfferingPrice.${index}`;
    const metered = price.priceType === 'usage' || price.priceType === 'allowance';
    return (
      <Fieldset
        key={price.key}
        legend={t('offering.priceN', { n: index + 1 })}
        data-testid={`offering-price-${index}`}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('offering.priceName')}
            value={price.name}
            onChange={(e) => setPrice(price.key, { name: e.currentTarget.value })}
            error={at(`${path}.name`)}
          />
          <Select
            label={t('offering.priceType')}
            data={priceTypes.map((p) => ({ value: p, label: t(`ptype.${p}`) }))}
            value={price.priceType}
            onChange={(v) => isPriceType(v) && setPrice(price.key, { priceType: v })}
            allowDeselect={false}
            error={at(`${path}.priceType`)}
          />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <NumberInput
              label={t('offering.amount')}
              value={price.amount}
              onChange={(v) => setPrice(price.key, { amount: typeof v === 'number' ? v : '' })}
              min={0}
              decimalScale={2}
              error={at(`${path}.price.taxIncludedAmount.value`)}
              style={{ flex: 1 }}
            />
            <TextInput
              label={t('offering.currency')}
              value={price.currency}
              onChange={(e) => setPrice(price.key, { currency: e.currentTarget.value })}
              maxLength={3}
              w={80}
              error={at(`${path}.price.taxIncludedAmount.unit`)}
            />
          </Group>
          {price.priceType === 'recurring' && (
            <>
              <Select
                label={t('offering.period')}
                data={periodTypes.map((p) => ({ value: p, label: t(`period.${p}`) }))}
                value={price.periodType}
                onChange={(v) => setPrice(price.key, { periodType: isPeriodType(v) ? v : null })}
                error={at(`${path}.recurringChargePeriodType`)}
              />
              <NumberInput
                label={t('offering.periodLength')}
                value={price.periodLength}
                onChange={(v) => setPrice(price.key, { periodLength: typeof v === 'number' ? v : '' })}
                min={1}
                max={36}
                allowDecimal={false}
                error={at(`${path}.recurringChargePeriodLength`)}
              />
            </>
          )}
          {metered && (
            <>
              <Select
                label={t('offering.usageType')}
                data={usageTypes.map((u) => ({ value: u, label: t(`utype.${u}`) }))}
                value={price.usageType}
                onChange={(v) => {
                  const usageType = isUsageType(v) ? v : null;
                  setPrice(price.key, {
                    usageType,
                    ...(usageType && !price.units ? { units: usageUnits[usageType] } : {}),
                  });
                }}
                error={at(`${path}.usageType`)}
              />
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <NumberInput
                  label={t('offering.quantity')}
                  value={price.quantity}
                  onChange={(v) => setPrice(price.key, { quantity: typeof v === 'number' ? v : '' })}
                  min={0}
                  error={at(`${path}.unitOfMeasure.amount`) ?? at(`${path}.unitOfMeasure`)}
                  style={{ flex: 1 }}
                />
                <TextInput
                  label={t('offering.units')}
                  value={price.units}
                  onChange={(e) => setPrice(price.key, { units: e.currentTarget.value })}
                  w={90}
                  error={at(`${path}.unitOfMeasure.units`)}
                />
              </Group>
            </>
          )}
        </SimpleGrid>
        <Group justify="flex-end" mt="xs">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setPrices((list) => list.filter((p) => p.key !== price.key))}
          >
            {t('offering.removePrice', { n: index + 1 })}
          </Button>
        </Group>
      </Fieldset>
    );
  });

  const fields = (
    <>
      <TextInput
        label={t('common.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={at('name')}
        data-autofocus
      />
      <Textarea
        label={t('offering.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={at('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('offering.version')}
          value={version}
          onChange={(e) => setVersion(e.currentTarget.value)}
          error={at('version')}
        />
        <TextInput
          type="date"
          label={t('offering.validFrom')}
          value={validFrom}
          onChange={(e) => setValidFrom(e.currentTarget.value)}
          error={at('validFor.startDateTime')}
        />
        <TextInput
          type="date"
          label={t('offering.validTo')}
          value={validTo}
          onChange={(e) => setValidTo(e.currentTarget.value)}
          error={at('validFor.endDateTime') ?? at('validFor')}
        />
      </SimpleGrid>
      <TagsInput
        label={t('offering.segments')}
        description={t('offering.segmentsHint')}
        value={segments}
        onChange={setSegments}
        error={at('marketSegment')}
      />
      <Group>
        <Switch
          label={t('offering.isSellable')}
          checked={isSellable}
          onChange={(e) => setSellable(e.currentTarget.checked)}
          error={at('isSellable')}
        />
        <Switch
          label={t('offering.isBundle')}
          checked={isBundle}
          onChange={(e) => setBundle(e.currentTarget.checked)}
          error={at('isBundle')}
        />
      </Group>
      {isBundle && (
        <MultiSelect
          label={t('offering.bundled')}
          data={(catalog.data?.items ?? [])
            .filter((o) => o.id !== offering?.id)
            .map((o) => ({ value: o.id, label: o.name }))}
          value={parts}
          onChange={setParts}
          searchable
          error={at('bundledProductOffering')}
        />
      )}
      <Text fw={600}>{t('catalog.prices')}</Text>
      {priceRows}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => setPrices((list) => [...list, newPrice(list[0]?.currency ?? 'RUB')])}
        >
          {t('offering.addPrice')}
        </Button>
      </Group>
    </>
  );
  const rest = errors.fields.filter((e) => !shown.has(e.field));
  return (
    <Modal
      opened
      onClose={onClose}
      title={offering ? t('offering.editOf', { name: offering.name }) : t('offering.new')}
      size="xl"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        data-testid="offering-editor"
      >
        <Stack>
          {fields}
          {(errors.general || rest.length > 0) && (
            <Text c="red.8" size="sm" role="alert">
              {[errors.general, ...rest.map((e) => `${e.field}: ${e.message}`)].filter(Boolean).join('; ')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {offering ? t('offering.save') : t('offering.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
