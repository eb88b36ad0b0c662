import { SimpleGrid, Stack, Title } from '@mantine/core';
import { ErrorState, LoadingState, useQuery, useTexts, type RecordTabProps } from '@crm/ui';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import { ClientReferrals } from './client-referrals.js';
import { HouseholdSection } from './household-section.js';
import { OffersSection } from './offers-section.js';
import { OpenPlanForm } from './open-plan-form.js';
import { PlanCard } from './plan-card.js';
import { ProductsSection } from './products-section.js';
import { ProfitabilitySection } from './profitability-section.js';

/**
 * The "Bank" tab on contact (individual client) and account (organisation client) pages: the
 * relationship plan with its tier and cadence, products held, household, profitability, offers and
 * referrals; or, for a record without a plan, the form that opens one.
 */
export default function ClientTab({ objectType, recordId }: RecordTabProps) {
  const t = useTexts(texts);
  const api = useBankApi();
  const client = objectType === 'account' ? { accountId: recordId } : { contactId: recordId };
  const plans = useQuery(api.clients.list.queryOptions({ ...client, limit: 1 }));
  const plan = plans.data?.items[0];
  return (
    <Stack data-testid="bank-client">
      <Title order={2} size="h4">
        {t('plan.title')}
      </Title>
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : !plan ? (
        <OpenPlanForm client={client} />
      ) : (
        <>
          <PlanCard plan={plan} />
          <ProductsSection plan={plan} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ProfitabilitySection plan={plan} />
            {plan.contactId && <HouseholdSection contactId={plan.contactId} />}
          </SimpleGrid>
          <OffersSection plan={plan} />
          <ClientReferrals plan={plan} />
        </>
      )}
    </Stack>
  );
}
