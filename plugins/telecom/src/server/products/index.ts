export * from './product.schema.js';
export * from './product-status.js';
export { createProduct } from './create-product.js';
export { getProduct } from './get-product.js';
export { listProducts } from './list-products.js';
export { transitionProduct } from './transition-product.js';
