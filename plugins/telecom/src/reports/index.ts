export { ticketsSlaReport } from './tickets-sla.report.js';
export { savingsOffersReport } from './savings-offers.report.js';
export { tariffMixReport } from './tariff-mix.report.js';
