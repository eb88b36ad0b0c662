export * from './order.schema.js';
export * from './order-state.js';
export { createOrder } from './create-order.js';
export { getOrder } from './get-order.js';
export { listOrders } from './list-orders.js';
export { transitionOrder } from './transition-order.js';
export { placeOrder } from './place-order.js';
