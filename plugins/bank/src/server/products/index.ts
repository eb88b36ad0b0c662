export * from './product.schema.js';
export { listProducts } from './list-products.js';
export { createProduct } from './create-product.js';
export { updateProduct } from './update-product.js';
