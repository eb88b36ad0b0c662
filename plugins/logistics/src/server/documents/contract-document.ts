import { authorize, type FileDownload } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findContract } from '../contracts/find-contract.js';
import { tenantLanguage } from './find-document-template.js';
import { generateDocument } from './generate-document.js';
import { formatDay, partyValues } from './party-values.js';

const kindNames = {
  ru: { client: 'с клиентом', supplier: 'с поставщиком', carrier: 'с перевозчиком' },
  en: { client: 'client', supplier: 'supplier', carrier: 'carrier' },
};

/** The contract as a PDF from the tenant's contract template (the same 404 as reading it when out of reach). */
export async function contractDocument(ctx: LogisticsContext, id: string): Promise<FileDownload> {
  authorize(ctx.ability, 'read', 'logistics.Contract');
  const contract = await findContract(ctx, id);
  const language = await tenantLanguage(ctx);
  const yesNo = language === 'ru' ? (contract.autoRenew ? 'да' : 'нет') : contract.autoRenew ? 'yes' : 'no';
  return generateDocument(ctx, {
    kind: 'contract',
    recordType: 'logistics.contract',
    recordId: contract.id,
    number: contract.number,
    values: {
      ...(await partyValues(ctx, contract.accountId, language)),
      'contract.number': contract.number,
      'contract.kind': kindNames[language][contract.kind],
      'contract.startsOn': formatDay(contract.startsOn, language),
      'contract.endsOn': formatDay(contract.endsOn, language),
      'contract.autoRenew': yesNo,
      'contract.renewalTermMonths': String(contract.renewalTermMonths),
      'contract.noticeDays': String(contract.noticeDays),
      'contract.noticeDeadline': formatDay(contract.noticeDeadline, language),
    },
  });
}
