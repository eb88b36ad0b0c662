import { defineStateMachine } from '../shared/state-machine.js';

/** Campaign (VERTICALS.md, simplified): draft → running → evaluated → closed; a draft may be closed. */
export const campaignStatuses = ['draft', 'running', 'evaluated', 'closed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const campaignMachine = defineStateMachine<CampaignStatus>(
  'campaign',
  { draft: ['running', 'closed'], running: ['evaluated'], evaluated: ['closed'], closed: [] },
  { draft: 'Draft', running: 'Running', evaluated: 'Evaluated', closed: 'Closed' },
);

export function asCampaignStatus(value: string): CampaignStatus {
  return campaignStatuses.find((s) => s === value) ?? 'draft';
}
