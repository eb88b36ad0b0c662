import { logisticsTables } from '../db.js';
import { nextTermEnd } from '../server/contracts/renewal-countdown.js';

/**
 * The end of the renewal countdown: active contracts past their end date are renewed for another
 * term when they auto-renew (as many terms as needed to reach today), otherwise marked expired.
 * Runs inside the tenant's unit of work; idempotent.
 */
export async function renewDueContracts(
  tenantId: string,
  today = new Date(),
): Promise<{ renewed: string[]; expired: string[] }> {
  const due = await logisticsTables.logisticsContract.findMany({
    where: { tenantId, status: 'active', endsOn: { lt: today } },
    select: { id: true, number: true, endsOn: true, autoRenew: true, renewalTermMonths: true },
  });
  const renewed: string[] = [];
  const expired: string[] = [];
  for (const contract of due) {
    if (contract.autoRenew) {
      let endsOn = contract.endsOn;
      while (endsOn < today) endsOn = nextTermEnd(endsOn, contract.renewalTermMonths);
      await logisticsTables.logisticsContract.updateMany({
        where: { tenantId, id: contract.id, status: 'active', endsOn: contract.endsOn },
        data: { endsOn },
      });
      renewed.push(contract.number);
    } else {
      await logisticsTables.logisticsContract.updateMany({
        where: { tenantId, id: contract.id, status: 'active' },
        data: { status: 'expired' },
      });
      expired.push(contract.number);
    }
  }
  return { renewed, expired };
}
