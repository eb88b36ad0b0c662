export * from './document.schema.js';
export { contractDocument } from './contract-document.js';
export { waybillDocument } from './waybill-document.js';
export { listDocumentTemplates } from './list-document-templates.js';
export { setDocumentTemplate } from './set-document-template.js';
export { fillPlaceholders, unknownPlaceholders } from './fill-placeholders.js';
export { renderPdf } from './render-pdf.js';
