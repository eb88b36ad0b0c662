export * from './offer.schema.js';
export { offerMachine, offerStatuses, type OfferStatus } from './offer-state-machine.js';
export { listOffers } from './list-offers.js';
export { createOffer } from './create-offer.js';
export { transitionOffer } from './transition-offer.js';
export { offerHistory } from './offer-history.js';
export { openOffer } from './open-offer.js';
