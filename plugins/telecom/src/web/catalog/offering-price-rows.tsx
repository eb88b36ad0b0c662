import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTexts } from '@crm/ui';
import { texts } from '../texts.js';
import { isPeriodType, isPriceType, isUsageType, periodTypes, priceTypes, usageTypes } from '../types.js';
import { isMetered, newPrice, usageUnits, type PriceDraft } from './offering-price-draft.js';

interface PriceRowProps {
  price: PriceDraft;
  index: number;
  /** The API's first problem at or under a path. */
  errorAt: (path: string) => string | undefined;
  onChange: (change: Partial<PriceDraft>) => void;
  onRemove: () => void;
}

/** One price: name, type, amount and currency, then the period (recurring) or the usage (metered). */
function PriceRow({ price, index, errorAt, onChange, onRemove }: PriceRowProps) {
  const t = useTexts(texts);
  const path = `productOfferingPrice.${index}`;
  const at = (field: string) => errorAt(`${path}.${field}`);
  return (
    <Fieldset legend={t('offering.priceN', { n: index + 1 })} data-testid={`offering-price-${index}`}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('offering.priceName')}
          value={price.name}
          onChange={(e) => onChange({ name: e.currentTarget.value })}
          error={at('name')}
        />
        <Select
          label={t('offering.priceType')}
          data={priceTypes.map((p) => ({ value: p, label: t(`ptype.${p}`) }))}
          value={price.priceType}
          onChange={(v) => isPriceType(v) && onChange({ priceType: v })}
          allowDeselect={false}
          error={at('priceType')}
        />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <NumberInput
            label={t('offering.amount')}
            value={price.amount}
            onChange={(v) => onChange({ amount: typeof v === 'number' ? v : '' })}
            min={0}
            decimalScale={2}
            error={at('price.taxIncludedAmount.value')}
            style={{ flex: 1 }}
          />
          <TextInput
            label={t('offering.currency')}
            value={price.currency}
            onChange={(e) => onChange({ currency: e.currentTarget.value })}
            maxLength={3}
            w={80}
            error={at('price.taxIncludedAmount.unit')}
          />
        </Group>
        {price.priceType === 'recurring' && (
          <>
            <Select
              label={t('offering.period')}
              data={periodTypes.map((p) => ({ value: p, label: t(`period.${p}`) }))}
              value={price.periodType}
              onChange={(v) => onChange({ periodType: isPeriodType(v) ? v : null })}
              error={at('recurringChargePeriodType')}
            />
            <NumberInput
              label={t('offering.periodLength')}
              value={price.periodLength}
              onChange={(v) => onChange({ periodLength: typeof v === 'number' ? v : '' })}
              min={1}
              max={36}
              allowDecimal={false}
              error={at('recurringChargePeriodLength')}
            />
          </>
        )}
        {isMetered(price) && (
          <>
            <Select
              label={t('offering.usageType')}
              data={usageTypes.map((u) => ({ value: u, label: t(`utype.${u}`) }))}
              value={price.usageType}
              onChange={(v) => {
                const usageType = isUsageType(v) ? v : null;
                onChange({
                  usageType,
                  ...(usageType && !price.units ? { units: usageUnits[usageType] } : {}),
                });
              }}
              error={at('usageType')}
            />
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <NumberInput
                label={t('offering.quantity')}
                value={price.quantity}
                onChange={(v) => onChange({ quantity: typeof v === 'number' ? v : '' })}
                min={0}
                error={at('unitOfMeasure.amount') ?? at('unitOfMeasure')}
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('offering.units')}
                value={price.units}
                onChange={(e) => onChange({ units: e.currentTarget.value })}
                w={90}
                error={at('unitOfMeasure.units')}
              />
            </Group>
          </>
        )}
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button size="compact-sm" variant="default" onClick={onRemove}>
          {t('offering.removePrice', { n: index + 1 })}
        </Button>
      </Group>
    </Fieldset>
  );
}

/** The offering's prices, each on its row with its own errors, and "Add price". */
export function OfferingPriceRows({
  prices,
  onChange,
  errorAt,
}: {
  prices: PriceDraft[];
  onChange: (update: (list: PriceDraft[]) => PriceDraft[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const t = useTexts(texts);
  return (
    <>
      <Text fw={600}>{t('catalog.prices')}</Text>
      {prices.map((price, index) => (
        <PriceRow
          key={price.key}
          price={price}
          index={index}
          errorAt={errorAt}
          onChange={(change) =>
            onChange((list) => list.map((p) => (p.key === price.key ? { ...p, ...change } : p)))
          }
          onRemove={() => onChange((list) => list.filter((p) => p.key !== price.key))}
        />
      ))}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => onChange((list) => [...list, newPrice(list[0]?.currency ?? 'RUB')])}
        >
          {t('offering.addPrice')}
        </Button>
      </Group>
    </>
  );
}
