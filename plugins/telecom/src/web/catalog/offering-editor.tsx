import { Group, Modal, SimpleGrid, Stack, Switch, TagsInput, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import type { CreateOffering, Offering } from '../types.js';
import { OfferingBundleParts } from './offering-bundle-parts.js';
import { newPrice, priceDraftOf, priceInput, pricePaths, type PriceDraft } from './offering-price-draft.js';
import { OfferingPriceRows } from './offering-price-rows.js';

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
    offering ? offering.productOfferingPrice.map(priceDraftOf) : [newPrice('RUB')],
  );
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

  // Each input shows the first problem the API named at or under its path; the footer lists the rest.
  const at = (path: string) =>
    errors.fields.find((e) => e.field === path || e.field.startsWith(`${path}.`))?.message;
  const shown = [
    'name',
    'description',
    'version',
    'validFor',
    'marketSegment',
    'isSellable',
    'isBundle',
    ...(isBundle ? ['bundledProductOffering'] : []),
    ...prices.flatMap(pricePaths),
  ];
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
        <OfferingBundleParts
          offeringId={offering?.id}
          value={parts}
          onChange={setParts}
          error={at('bundledProductOffering')}
        />
      )}
      <OfferingPriceRows prices={prices} onChange={setPrices} errorAt={at} />
    </>
  );
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
          <FormFooter
            errors={errors}
            shown={shown}
            submitLabel={offering ? t('offering.save') : t('offering.create')}
            cancelLabel={t('common.cancel')}
            pending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
