import { MultiSelect } from '@mantine/core';
import { useQuery, useTexts } from '@crm/ui';
import { useTelecomApi } from '../api.js';
import { texts } from '../texts.js';

/** What a bundle offering contains: other offerings of the catalog (never itself). */
export function OfferingBundleParts({
  offeringId,
  value,
  onChange,
  error,
}: {
  offeringId: string | undefined;
  value: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const catalog = useQuery(api.productOffering.list.queryOptions({ limit: 200 }));
  return (
    <MultiSelect
      label={t('offering.bundled')}
      data={(catalog.data?.items ?? [])
        .filter((o) => o.id !== offeringId)
        .map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      onChange={onChange}
      searchable
      error={error}
    />
  );
}
