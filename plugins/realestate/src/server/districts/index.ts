export * from './district.schema.js';
export { normalizeDistrictName, editBudget } from './normalize-name.js';
export { resolveDistrict } from './resolve-district.js';
export { createDistrict } from './create-district.js';
export { addDistrictAlias } from './add-alias.js';
export { updateDistrict } from './update-district.js';
export { listDistricts } from './list-districts.js';
export { normalizeDistrict } from './normalize-district.js';
