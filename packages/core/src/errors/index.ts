export * from './app-error.js';
export { fromZodError } from './from-zod-error.js';
