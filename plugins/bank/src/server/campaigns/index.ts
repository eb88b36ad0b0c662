export * from './campaign.schema.js';
export { campaignMachine, campaignStatuses } from './campaign-state-machine.js';
export { listCampaigns } from './list-campaigns.js';
export { getCampaign } from './get-campaign.js';
export { createCampaign } from './create-campaign.js';
export { addCampaignMembers } from './add-campaign-members.js';
export { transitionCampaign } from './transition-campaign.js';
export { campaignResults, isHeldOut } from './holdout.js';
export { measureResponses } from './measure-responses.js';
